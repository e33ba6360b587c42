package org.lessons.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lessons.marking.Marking;
import org.lessons.search.SearchRequest;

/**
 * Match counts by request and clearance, each valid for the index version it was counted on. Saved queries show
 * their "new" counts on every page load, but the answer can only change when the index does: until then a count is
 * a map lookup, and after a change each request is counted once, on first demand. The same request counts
 * differently for different clearances, so a count is never handed to a viewer who could not have counted it.
 */
public final class CountCache {

    /** Keeps the map from growing without end on baselines nobody asks for any more; counting again is cheap. */
    static final int MAX_ENTRIES = 10_000;

    private final Map<Key, Counted> counts = new ConcurrentHashMap<>();

    /**
     * The count of the request for the clearance on the given index version, counting it only if it is not known
     * for that version.
     */
    public long get(SearchRequest request, Marking clearance, long indexVersion, Counter counter) {
        Key key = new Key(request, clearance);
        Counted known = counts.get(key);
        if (known != null && known.indexVersion() == indexVersion) {
            return known.count();
        }
        if (counts.size() >= MAX_ENTRIES) {
            counts.clear();
        }
        try {
            long count = counter.count();
            counts.put(key, new Counted(indexVersion, count));
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

    private record Key(SearchRequest request, Marking clearance) {}

    private record Counted(long indexVersion, long count) {}
}
