package org.lessons.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.DirectoryReader;
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

    /**
     * The version of the index this searcher sees: it changes with every change that became visible, so a
     * result computed on this searcher can be reused for as long as the version stays the same.
     */
    public long version() {
        return ((DirectoryReader) searcher.getIndexReader()).getVersion();
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
