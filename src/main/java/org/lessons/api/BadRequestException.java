package org.lessons.api;

/** Answered as 400. */
class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
        super(message);
    }
}
