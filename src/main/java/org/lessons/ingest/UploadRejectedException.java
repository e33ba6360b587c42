package org.lessons.ingest;

/** An upload refused before ingest, with a reason the uploader can act on. */
public class UploadRejectedException extends RuntimeException {
    public UploadRejectedException(String message) {
        super(message);
    }
}
