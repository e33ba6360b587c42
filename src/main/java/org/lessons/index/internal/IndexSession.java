package org.lessons.index.internal;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * The one writer of a directory and the near-real-time searchers on it, opened together from the directory's last
 * commit, since searchers drawn from a writer cannot outlive it.
 */
public record IndexSession(IndexWriter writer, SearcherManager searchers) {

    public static IndexSession open(Directory directory, Analyzer analyzer) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        IndexWriter writer = new IndexWriter(directory, config);
        try {
            return new IndexSession(writer, new SearcherManager(writer, new SearcherFactory()));
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /** Closes the searchers, then the writer, which commits what is pending. */
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            writer.close();
        }
    }
}
