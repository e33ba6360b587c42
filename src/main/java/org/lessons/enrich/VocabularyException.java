package org.lessons.enrich;

/** A vocabulary file that cannot be used, with what is wrong and where. */
public class VocabularyException extends RuntimeException {
    public VocabularyException(String message, Throwable cause) {
        super(message, cause);
    }
}
