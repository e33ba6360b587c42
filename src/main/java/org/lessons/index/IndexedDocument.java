package org.lessons.index;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lessons.marking.Handling;

/** A successfully parsed document with its passages in reading order, as it is written to the index. */
public record IndexedDocument(
        String id, SourceFile source, DocumentMetadata metadata, List<IndexedPassage> passages, Instant ingestedAt) {
    public IndexedDocument {
        passages = List.copyOf(passages);
    }

    /**
     * This new version of a file with the first-indexed time of every passage whose text the previous version
     * already held, so that editing one paragraph makes only that paragraph "new" for saved queries.
     */
    public IndexedDocument keepingFirstIndexedOf(IndexedDocument previous) {
        Map<String, Instant> known = new HashMap<>();
        previous.passages().stream()
                .filter(p -> p.firstIndexed() != null)
                .forEach(p -> known.merge(p.text(), p.firstIndexed(), (a, b) -> a.isBefore(b) ? a : b));
        List<IndexedPassage> kept = passages.stream()
                .map(p -> known.containsKey(p.text()) ? p.firstIndexedAt(known.get(p.text())) : p)
                .toList();
        return new IndexedDocument(id, source, metadata, kept, ingestedAt);
    }

    /**
     * The document as it is written: under the handling decided for it at that moment, and stamped with that moment,
     * when it was assembled earlier (ahead of the ingest thread).
     */
    public IndexedDocument decided(Handling handling, Instant writtenAt) {
        return new IndexedDocument(id, source, metadata.withHandling(handling), passages, writtenAt);
    }

    /** The same document under another marking or Chatham House flag. */
    public IndexedDocument withHandling(Handling handling) {
        return new IndexedDocument(id, source, metadata.withHandling(handling), passages, ingestedAt);
    }
}
