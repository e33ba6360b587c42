package org.lessons.ingest;

import java.util.List;

/**
 * An upload refused before it reached the corpus, with the reason the uploader can act on. Nothing of a refused
 * upload is kept.
 */
public class UploadRejectedException extends RuntimeException {

    private final FailureReason reason;
    private final String detectedType;
    private final List<String> allowedTypes;

    /**
     * @param detectedType the type detected from the content, or null when the content was not looked at
     * @param allowedTypes the formats that would have been accepted
     */
    public UploadRejectedException(
            FailureReason reason, String message, String detectedType, List<String> allowedTypes) {
        super(message);
        this.reason = reason;
        this.detectedType = detectedType;
        this.allowedTypes = List.copyOf(allowedTypes);
    }

    public FailureReason reason() {
        return reason;
    }

    public String detectedType() {
        return detectedType;
    }

    public List<String> allowedTypes() {
        return allowedTypes;
    }
}
