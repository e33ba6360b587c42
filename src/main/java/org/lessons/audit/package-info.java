/**
 * The audit log: who signed in, searched, read, downloaded, exported or changed what, when and from where, kept in
 * the database for administrators. Features record what their users do through {@link org.lessons.audit.AuditLog};
 * this module depends on no other feature, so any of them may call it.
 */
package org.lessons.audit;
