package org.lessons.savedquery;

/** Someone tried to change or delete a shared saved query that is not theirs: others may only read it. */
public class NotOwnerException extends RuntimeException {
    public NotOwnerException(String message) {
        super(message);
    }
}
