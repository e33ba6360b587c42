package org.lessons.security;

/** A user could not be created or changed; the message tells the administrator what to do instead. */
public class UserRejectedException extends RuntimeException {

    /** Why, so that the REST API can pick its status and a form the field to mark. */
    public enum Reason {
        INVALID_USERNAME,
        WEAK_PASSWORD,
        INVALID_ROLE,
        USERNAME_TAKEN,
        UNKNOWN_USER,
        LAST_ADMIN,
        NO_CHANGE
    }

    private final Reason reason;

    public UserRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
