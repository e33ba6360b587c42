package org.lessons.marking;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a document's marking came from, in order of precedence: a curator's override beats a sidecar file, which
 * beats the document's own metadata, then a marking line near the top of its text, then the default of its folder,
 * then the configured default. Shown to curators so that they know what to edit when a marking is wrong.
 */
public enum MarkingSource {
    OVERRIDE,
    SIDECAR,
    METADATA,
    TEXT,
    FOLDER,
    DEFAULT;

    /** The source as the API writes it, such as {@code "sidecar"}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
