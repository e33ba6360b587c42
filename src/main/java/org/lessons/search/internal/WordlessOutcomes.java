package org.lessons.search.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.lessons.search.SearchRequest;

/**
 * Outcomes of searches without words, kept for the reader they were found on. Browsing and clicking through facets
 * is where every practitioner starts, and without words such a search ranks and counts every passage: at a million
 * passages that takes tens of milliseconds, for an answer that changes only when the index does. An outcome is
 * kept per request and per viewer's visibility, so it is never shown to someone who could not have found it, and
 * all are dropped as soon as a search runs on a newer reader.
 */
final class WordlessOutcomes {

    /** Bounds memory (an outcome holds at most a page window of hits and the facet lists); finding again is cheap. */
    static final int MAX_ENTRIES = 200;

    private IndexReader reader;
    private final Map<Key, FacetedSearch.Outcome> outcomes = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, FacetedSearch.Outcome> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The outcome of the request on this reader for this viewer, found by the search only if not known. */
    FacetedSearch.Outcome get(IndexReader current, SearchRequest request, Visibility visibility, Search search)
            throws IOException {
        Key key = new Key(request, visibility);
        synchronized (this) {
            if (current == reader && outcomes.containsKey(key)) {
                return outcomes.get(key);
            }
        }
        FacetedSearch.Outcome outcome = search.run();
        synchronized (this) {
            if (current != reader) {
                outcomes.clear();
                reader = current;
            }
            outcomes.put(key, outcome);
        }
        return outcome;
    }

    /** Finds an outcome on the index. */
    @FunctionalInterface
    interface Search {
        FacetedSearch.Outcome run() throws IOException;
    }

    private record Key(SearchRequest request, Visibility visibility) {}
}
