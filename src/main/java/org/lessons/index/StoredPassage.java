package org.lessons.index;

import java.time.Instant;
import org.apache.lucene.document.Document;
import org.lessons.enrich.PassageTags;
import org.lessons.index.internal.DocumentMapper;

/** Reads what is stored with a passage, for the search module's hits. */
public final class StoredPassage {

    private StoredPassage() {}

    public static PassageTags tags(Document passage) {
        return DocumentMapper.tags(passage);
    }

    public static Instant firstIndexed(Document passage) {
        return DocumentMapper.firstIndexed(passage);
    }
}
