package org.lessons.index.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.lessons.base.DiskFull;
import org.lessons.index.IndexWriteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index writable after a write failed. Lucene's writer closes itself for good after a "tragic" error
 * (an I/O error while it flushes a segment, a full disk), and a failed commit leaves changes half written; either
 * way Lessons would refuse every change until a restart. Instead the writer is rolled back to the last commit and
 * opened again with fresh searchers, so the index is exactly what was last committed (and acknowledged), and the
 * files whose changes were lost are ingested again at the next scan, which finds them missing.
 *
 * <p>Not thread-safe for writes: the index calls it under its one write lock.
 */
public final class WriterRecovery implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WriterRecovery.class);

    private final Directory directory;
    private final Analyzer analyzer;
    private volatile IndexSession session;
    private volatile boolean broken;
    private final AtomicLong rollbacks = new AtomicLong();

    public WriterRecovery(Directory directory, Analyzer analyzer) throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.session = IndexSession.open(directory, analyzer);
    }

    /** The session to write with; when an earlier recovery could not reopen the index, this tries again. */
    public IndexSession forWriting() throws IOException {
        if (broken) {
            reopen();
        }
        return session;
    }

    /**
     * The session to search with. After a reopen that failed it is the last one, whose searchers still read what
     * they read before; {@link #readable()} says whether it may still be refreshed.
     */
    public IndexSession forReading() {
        return session;
    }

    /** How many times a failed write rolled the index back since it was opened. */
    public long rollbacks() {
        return rollbacks.get();
    }

    /** Whether the current session's writer is open, so that its searchers can be refreshed from it. */
    public boolean readable() {
        return !broken;
    }

    /**
     * Rolls the index back to its last commit and reopens it, and answers the exception the failed write should
     * throw. Called with the error of a write: an {@link IOException} or the {@link AlreadyClosedException} of a
     * writer that a tragic error closed.
     */
    public IndexWriteException recover(Exception failure) {
        IndexSession failed = session;
        Throwable tragic = failed.writer().getTragicException();
        boolean diskFull = DiskFull.causes(failure) || DiskFull.causes(tragic);
        log.error(
                "The index could not be written ({}{}); rolling it back to its last commit and reopening it."
                        + " Changes that were not committed are ingested again at the next scan.",
                failure.toString(),
                tragic == null || tragic == failure ? "" : ", after " + tragic);
        broken = true;
        rollbacks.incrementAndGet();
        try {
            failed.writer().rollback();
        } catch (IOException | RuntimeException e) {
            log.warn("Rolling back the index writer failed too: {}", e.toString());
        }
        try {
            reopen();
        } catch (IOException | RuntimeException e) {
            log.error("The index could not be reopened ({}); the next change tries again", e.toString());
        }
        return new IndexWriteException(message(failure, diskFull), asIoException(failure), diskFull);
    }

    @Override
    public void close() throws IOException {
        session.close();
    }

    private void reopen() throws IOException {
        IndexSession old = session;
        session = IndexSession.open(directory, analyzer);
        broken = false;
        try {
            old.searchers().close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the searchers of the failed writer: {}", e.toString());
        }
        log.info("Index reopened at its last commit");
    }

    private static String message(Exception failure, boolean diskFull) {
        return diskFull
                ? "The disk holding the index is full (" + failure.getMessage() + "). The index is back at its last"
                        + " commit; free space on it and ingest resumes."
                : "The index could not be written (" + failure.getMessage() + "). It is back at its last commit and"
                        + " takes changes again; try again.";
    }

    private static IOException asIoException(Exception failure) {
        return failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
    }
}
