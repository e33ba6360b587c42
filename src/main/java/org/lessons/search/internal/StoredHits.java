package org.lessons.search.internal;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * The stored fields of hits, read once per hit. Reading one passage decompresses the whole block it is stored in,
 * which made a hit read three times (for its handling, its snippet and its display fields) cost three
 * decompressions; everything that shows a hit now works from this one read.
 */
final class StoredHits {

    private StoredHits() {}

    static Document[] read(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        StoredFields stored = searcher.storedFields();
        Document[] documents = new Document[hits.length];
        for (int i = 0; i < hits.length; i++) {
            documents[i] = stored.document(hits[i].doc);
        }
        return documents;
    }
}
