package org.lessons.api;

/** Answered as 404. */
class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
        super(message);
    }
}
