package org.lessons.audit;

/** What an audit entry is about. Stored by name: constants may be added, never renamed. */
public enum AuditKind {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    SEARCH,
    DOCUMENT_VIEW,
    DOWNLOAD,
    EXPORT,
    MARKING_CHANGE,
    USER_CHANGE
}
