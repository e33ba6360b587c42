package org.lessons.ingest;

/**
 * How the ingest of one file ended. Every file gets one; nothing fails silently.
 *
 * @param reason a {@link FailureReason} code when failed, else null
 */
public record IngestOutcome(String path, String documentId, Status status, int passages, String reason, String detail) {

    /** What happened to the file. */
    public enum Status {
        INDEXED,
        /** The content was unchanged, but its marking files or a curator's override gave it a new handling. */
        REMARKED,
        UNCHANGED,
        FAILED,
        REMOVED
    }

    public static IngestOutcome failed(String path, String documentId, FailureReason reason, String detail) {
        return new IngestOutcome(path, documentId, Status.FAILED, 0, reason.code(), detail);
    }
}
