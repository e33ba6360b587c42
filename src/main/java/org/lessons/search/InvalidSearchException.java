package org.lessons.search;

/** A search that cannot be answered as asked; the message tells the user what to change. */
public class InvalidSearchException extends RuntimeException {
    public InvalidSearchException(String message) {
        super(message);
    }
}
