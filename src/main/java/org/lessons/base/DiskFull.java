package org.lessons.base;

import java.io.IOException;

/**
 * Recognises a full disk in an I/O error. Java reports the operating system's "no space left on device" only as
 * the message of a plain {@link IOException}, and both the index and the file stores need to tell it apart from a
 * broken file, since a full disk is answered with what to free rather than recorded against a document.
 */
public final class DiskFull {

    private DiskFull() {}

    /** Whether the error, or one of its causes, is the operating system saying the disk is full. */
    public static boolean causes(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && cause.getMessage() != null && saysFull(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysFull(String message) {
        // Linux and macOS (ENOSPC), Windows (ERROR_DISK_FULL), and a quota that ran out (EDQUOT)
        return message.contains("No space left on device")
                || message.contains("not enough space on the disk")
                || message.contains("Disk quota exceeded");
    }
}
