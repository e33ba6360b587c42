package org.lessons.marking;

import java.time.Instant;
import java.util.Objects;

/**
 * A curator's decision on how a document must be handled. It outranks everything the document and its folder say,
 * and it is kept in the database rather than in the index, so that it survives a changed file and a rebuilt index.
 */
public record HandlingOverride(String documentId, Handling handling, String changedBy, Instant changedAt) {

    public HandlingOverride {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(handling, "handling");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
