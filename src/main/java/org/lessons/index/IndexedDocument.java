package org.lessons.index;

import java.time.Instant;
import java.util.List;

/** A successfully parsed document with its passages in reading order, as it is written to the index. */
public record IndexedDocument(
        String id, SourceFile source, DocumentMetadata metadata, List<IndexedPassage> passages, Instant ingestedAt) {
    public IndexedDocument {
        passages = List.copyOf(passages);
    }
}
