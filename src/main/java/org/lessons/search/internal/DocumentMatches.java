package org.lessons.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.lessons.index.LessonFields;

/**
 * Counts the matching passages of each document over all matches, not just the top ones, so that grouped
 * results say truthfully how many documents matched and how many passages of each.
 */
final class DocumentMatches {

    private DocumentMatches() {}

    static Map<String, Integer> count(IndexSearcher searcher, Query query) throws IOException {
        Counter counter = new Counter();
        searcher.search(query, counter);
        return counter.counts;
    }

    private static final class Counter extends SimpleCollector {
        private final Map<String, Integer> counts = new HashMap<>();
        private SortedSetDocValues documentIds;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            documentIds = DocValues.getSortedSet(context.reader(), LessonFields.DOCUMENT_ID);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (documentIds.advanceExact(doc)) {
                String id = documentIds.lookupOrd(documentIds.nextOrd()).utf8ToString();
                counts.merge(id, 1, Integer::sum);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
