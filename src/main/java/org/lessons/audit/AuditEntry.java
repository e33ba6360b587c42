package org.lessons.audit;

import java.time.Instant;

/** An entry of the audit log as administrators read it: an {@link AuditEvent} with the id it was stored under. */
public record AuditEntry(long id, Instant time, String username, AuditKind kind, String detail, String clientAddress) {}
