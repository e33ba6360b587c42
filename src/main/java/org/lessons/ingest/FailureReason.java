package org.lessons.ingest;

import java.util.Arrays;
import java.util.Optional;

/** Why a file could not be indexed, in words a curator acts on. The code is stable for API clients. */
public enum FailureReason {
    ENCRYPTED("encrypted", "The file is password-protected. Remove the password and add it again."),
    CORRUPT("corrupt", "The file is damaged or not what its type claims. Open and re-save it, then add it again."),
    UNSUPPORTED_TYPE(
            "unsupported-type",
            "Convert the file to one of the accepted formats (PDF, DOCX or ODT keep the most structure); unpack an"
                    + " archive and add the documents in it one by one."),
    EMPTY("empty", "No text was found in the file. If it is a scan, it needs text recognition (OCR) first."),
    TOO_LARGE(
            "too-large",
            "Split the document into smaller files or take out its attachments. An administrator can raise a limit"
                    + " whose setting is named above."),
    TIMED_OUT("timed-out", "Reading the file took longer than the time limit. It may be damaged or very large."),
    PARSER_CRASHED("parser-crashed", "The parser stopped while reading the file, most often from lack of memory.");

    private final String code;
    private final String advice;

    FailureReason(String code, String advice) {
        this.code = code;
        this.advice = advice;
    }

    public String code() {
        return code;
    }

    /** What to do about it. */
    public String advice() {
        return advice;
    }

    public static Optional<FailureReason> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
