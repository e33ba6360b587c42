package org.lessons.ingest;

/**
 * Ingest cannot go on because a disk is (nearly) full. It says how much is free, what Lessons keeps free and
 * which setting says so; nothing of the upload that met it was kept, and the folder's ingest resumes by itself
 * once space is freed.
 */
public class InsufficientStorageException extends RuntimeException {

    /** The setting of the space Lessons keeps free. */
    public static final String SETTING = "lessons.ingest.min-free-space";

    private final long freeBytes;
    private final long minFreeBytes;

    public InsufficientStorageException(String message, long freeBytes, long minFreeBytes) {
        super(message);
        this.freeBytes = freeBytes;
        this.minFreeBytes = minFreeBytes;
    }

    public long freeBytes() {
        return freeBytes;
    }

    public long minFreeBytes() {
        return minFreeBytes;
    }
}
