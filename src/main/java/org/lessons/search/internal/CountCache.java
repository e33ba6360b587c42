package org.lessons.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lessons.search.SearchRequest;

/**
 * Match counts by request, each valid for the index version it was counted on. Saved queries show their "new"
 * counts on every page load, but the answer can only change when the index does: until then a count is a map
 * lookup, and after a change each request is counted once, on first demand.
 */
public final class CountCache {

    /** Keeps the map from growing without end on baselines nobody asks for any more; counting again is cheap. */
    static final int MAX_ENTRIES = 10_000;

    private final Map<SearchRequest, Counted> counts = new ConcurrentHashMap<>();

    /** The count of the request on the given index version, counting it only if it is not known for that version. */
    public long get(SearchRequest request, long indexVersion, Counter counter) {
        Counted known = counts.get(request);
        if (known != null && known.indexVersion() == indexVersion) {
            return known.count();
        }
        if (counts.size() >= MAX_ENTRIES) {
            counts.clear();
        }
        try {
            long count = counter.count();
            counts.put(request, new Counted(indexVersion, count));
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("Counting failed: " + e.getMessage(), e);
        }
    }

    /** Counts on the index. */
    @FunctionalInterface
    public interface Counter {
        long count() throws IOException;
    }

    private record Counted(long indexVersion, long count) {}
}
