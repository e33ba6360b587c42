package org.lessons.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * A searcher borrowed from the near-real-time searcher manager. Closing it gives the searcher back, so a
 * try-with-resources block can never leak a reader.
 */
public final class SearcherLease implements AutoCloseable {

    private final SearcherManager manager;
    private final IndexSearcher searcher;

    SearcherLease(SearcherManager manager) {
        this.manager = manager;
        try {
            this.searcher = manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the index for reading", e);
        }
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    @Override
    public void close() {
        try {
            manager.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not release an index reader", e);
        }
    }
}
