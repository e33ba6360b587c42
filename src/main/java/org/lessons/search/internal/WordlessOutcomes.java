package org.lessons.search.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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

    /** The outcome kept for the request on this reader for this viewer, if there is one. */
    synchronized Optional<FacetedSearch.Outcome> find(
            IndexReader current, SearchRequest request, Visibility visibility) {
        return current == reader ? Optional.ofNullable(outcomes.get(new Key(request, visibility))) : Optional.empty();
    }

    /** Keeps the outcome found on this reader; what was kept for an older reader is dropped. */
    synchronized void keep(
            IndexReader current, SearchRequest request, Visibility visibility, FacetedSearch.Outcome outcome) {
        if (current != reader) {
            outcomes.clear();
            reader = current;
        }
        outcomes.put(new Key(request, visibility), outcome);
    }

    private record Key(SearchRequest request, Visibility visibility) {}
}
