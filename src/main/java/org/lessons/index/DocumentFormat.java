package org.lessons.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * File formats as a practitioner names them. The facet shows these instead of MIME types, which nobody outside
 * IT reads fluently.
 */
public enum DocumentFormat {
    PDF("pdf", "PDF", "application/pdf"),
    DOCX("docx", "Word (DOCX)", "application/vnd.openxmlformats-officedocument.wordprocessingml"),
    DOC("doc", "Word 97-2003 (DOC)", "application/msword"),
    ODT("odt", "OpenDocument text", "application/vnd.oasis.opendocument.text"),
    RTF("rtf", "Rich text (RTF)", "application/rtf"),
    HTML("html", "Web page (HTML)", "text/html", "application/xhtml+xml"),
    MARKDOWN("md", "Markdown", "text/x-web-markdown", "text/markdown"),
    TEXT("txt", "Plain text", "text/plain"),
    EMAIL("eml", "E-mail", "message/rfc822", "application/vnd.ms-outlook", "application/mbox"),
    OTHER("other", "Other");

    private final String value;
    private final String label;
    private final String[] mediaTypePrefixes;

    DocumentFormat(String value, String label, String... mediaTypePrefixes) {
        this.value = value;
        this.label = label;
        this.mediaTypePrefixes = mediaTypePrefixes;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    /** Maps a detected media type (parameters such as charset are ignored) to a format. */
    public static DocumentFormat fromMediaType(String mediaType) {
        if (mediaType == null) {
            return OTHER;
        }
        String type = mediaType.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> Arrays.stream(f.mediaTypePrefixes).anyMatch(type::startsWith))
                .findFirst()
                .orElse(OTHER);
    }

    public static Optional<DocumentFormat> fromValue(String value) {
        return Arrays.stream(values()).filter(f -> f.value.equals(value)).findFirst();
    }
}
