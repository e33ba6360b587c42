package org.lessons.ingest.internal;

import org.lessons.enrich.Tagger;
import org.lessons.index.DocumentCatalog;
import org.lessons.index.IndexedDocument;
import org.lessons.index.LessonIndex;
import org.springframework.stereotype.Component;

/**
 * Re-tags one indexed document from its stored passage text and writes it back: a vocabulary change reaches
 * the whole index without reading a single file again.
 */
@Component
public class Retagger {

    private final DocumentCatalog catalog;
    private final LessonIndex index;
    private final Tagger tagger;

    public Retagger(DocumentCatalog catalog, LessonIndex index, Tagger tagger) {
        this.catalog = catalog;
        this.index = index;
        this.tagger = tagger;
    }

    /** Re-tags the document; false when it has nothing to re-tag (a failed file or a vanished id). */
    public boolean retag(String documentId) {
        return catalog.stored(documentId)
                .map(document -> {
                    index.replace(new IndexedDocument(
                            document.id(),
                            document.source(),
                            document.metadata(),
                            document.passages().stream()
                                    .map(p -> p.withTags(tagger.tag(
                                            p.text(), document.metadata().origin())))
                                    .toList(),
                            document.ingestedAt()));
                    return true;
                })
                .orElse(false);
    }
}
