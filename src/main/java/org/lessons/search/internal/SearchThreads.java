package org.lessons.search.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.lessons.search.SearchProperties;
import org.springframework.stereotype.Component;

/**
 * The threads a search spreads its work over. Matching and facet counting cost time in proportion to the
 * passages matched, and one thread would leave the other cores idle while a practitioner waits: a searcher made
 * here splits the index's segments into as many slices as there are threads, and facet counts are taken per
 * segment in parallel. The request's own thread works on slices too, so a search never waits for a free thread.
 */
@Component
public class SearchThreads {

    private final int threads;
    private final ExecutorService executor;

    public SearchThreads(SearchProperties properties) {
        this.threads = properties.effectiveThreads();
        if (threads == 1) {
            this.executor = null;
        } else {
            AtomicInteger number = new AtomicInteger();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(
                    threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                        Thread thread = new Thread(task, "search-" + number.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
            pool.allowCoreThreadTimeOut(true);
            this.executor = pool;
        }
    }

    /** A searcher over the reader that searches its slices in parallel. */
    public IndexSearcher searcher(IndexReader reader) {
        if (executor == null) {
            return new IndexSearcher(reader);
        }
        return new IndexSearcher(reader, executor) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                int perSlice = Math.max(1, (int) Math.ceil(reader.maxDoc() / (double) threads));
                return IndexSearcher.slices(leaves, perSlice, Integer.MAX_VALUE);
            }
        };
    }

    /** The facet counts of the hits, segments counted in parallel. */
    public Facets counts(SortedSetDocValuesReaderState state, FacetsCollector hits) throws IOException {
        if (executor == null) {
            return new SortedSetDocValuesFacetCounts(state, hits);
        }
        try {
            return new ConcurrentSortedSetDocValuesFacetCounts(state, hits, executor);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while counting facets");
        }
    }

    @PreDestroy
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
