package org.lessons.index;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of material the initiative produces; practitioners filter by them first. */
public enum DocumentType {
    MEETING_NOTES("meeting-notes", "Meeting notes"),
    GUIDE_DRAFT("guide-draft", "Guide draft"),
    NATIONAL_CONTRIBUTION("national-contribution", "National contribution"),
    OTHER("other", "Other");

    private final String value;
    private final String label;

    DocumentType(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    public static Optional<DocumentType> fromValue(String value) {
        return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst();
    }
}
