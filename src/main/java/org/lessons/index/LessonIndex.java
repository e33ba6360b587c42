package org.lessons.index;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.lessons.base.LessonsProperties;
import org.lessons.enrich.Tagger;
import org.lessons.index.internal.DocumentMapper;
import org.lessons.index.internal.IndexSession;
import org.lessons.index.internal.StoredRecords;
import org.lessons.index.internal.WriterRecovery;
import org.lessons.marking.Handling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one writer of the on-disk index and the source of near-real-time searchers. Writes become visible to
 * searches within a fraction of a second (a background refresh), and durable at {@link #commit()}, which
 * ingest calls at the end of every batch so that an acknowledged document survives a crash. A write that fails
 * (a full disk, an I/O error) puts the index back at its last commit and leaves it writable ({@link
 * WriterRecovery}), so one failure never stops Lessons from indexing until a restart.
 */
@Component
public class LessonIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LessonIndex.class);
    private static final long REFRESH_MILLIS = 250;

    private final Directory directory;
    private final WriterRecovery sessions;
    private final DocumentMapper mapper;
    private final FacetsConfig facetsConfig = LessonFields.facetsConfig();
    private final ReentrantLock writes = new ReentrantLock();
    private final ScheduledExecutorService refresher =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "index-refresher"));

    @Autowired
    public LessonIndex(LessonsProperties properties, LanguageAnalyzers analyzers, Tagger tagger) {
        this(open(properties), analyzers, tagger);
        log.info("Index opened in {}", properties.indexDir());
    }

    /** An index on any directory, for tests that make the storage fail on purpose. */
    public LessonIndex(Directory directory, LanguageAnalyzers analyzers, Tagger tagger) {
        this.directory = directory;
        try {
            sessions = new WriterRecovery(directory, analyzers.fallback());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not open the index in " + directory
                            + ". Check that the folder is writable and not used by another Lessons instance.",
                    e);
        }
        mapper = new DocumentMapper(analyzers, facetsConfig, tagger);
        refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static Directory open(LessonsProperties properties) {
        try {
            Files.createDirectories(properties.indexDir());
            return FSDirectory.open(properties.indexDir());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not open the index folder " + properties.indexDir() + ". Check that it is writable.", e);
        }
    }

    /** Replaces everything known about the document (its record and all its passages) in one atomic step. */
    public void replace(IndexedDocument document) {
        write(session -> session.writer().updateDocuments(documentTerm(document.id()), mapper.toLucene(document)));
    }

    /** Records a failed file in place of whatever was indexed for it before. */
    public void recordFailure(FailedDocument failure) {
        write(session -> session.writer().updateDocument(documentTerm(failure.id()), mapper.toLucene(failure)));
    }

    /** Removes the document at a corpus path, or every document below it when the path was a folder. */
    public void deletePath(String relativePath) {
        write(session -> session.writer().deleteDocuments(LessonFields.atPath(relativePath)));
    }

    /**
     * Gives every record of a document (its record and all its passages, or its failure record) a new marking and
     * Chatham House flag, rebuilt from stored fields as re-tagging does, so first-indexed times and tags stay. The
     * change is committed, since a curator was told it happened, and searchable when this returns. It reads the
     * latest writes and holds off other writes meanwhile, so it never writes back an older version of the file.
     *
     * @return false when the index holds no document with that id
     */
    public boolean changeHandling(String documentId, Handling handling) {
        Objects.requireNonNull(handling, "handling");
        AtomicBoolean found = new AtomicBoolean();
        write(session -> {
            IndexWriter writer = session.writer();
            SearcherManager searcherManager = session.searchers();
            searcherManager.maybeRefreshBlocking();
            IndexSearcher searcher = searcherManager.acquire();
            try {
                Optional<Document> record = StoredRecords.record(searcher, documentId);
                if (record.isEmpty()) {
                    return;
                }
                found.set(true);
                if (DocumentMapper.failed(record.get())) {
                    FailedDocument failure = DocumentMapper.failure(record.get());
                    writer.updateDocument(documentTerm(documentId), mapper.toLucene(failure.withHandling(handling)));
                } else {
                    IndexedDocument document =
                            DocumentMapper.indexed(record.get(), StoredRecords.passages(searcher, documentId));
                    writer.updateDocuments(documentTerm(documentId), mapper.toLucene(document.withHandling(handling)));
                }
            } finally {
                searcherManager.release(searcher);
            }
            writer.commit();
            searcherManager.maybeRefreshBlocking();
        });
        return found.get();
    }

    /** Makes all changes so far durable and visible. */
    public void commit() {
        write(session -> {
            session.writer().commit();
            session.searchers().maybeRefreshBlocking();
        });
    }

    /**
     * How many times a failed write rolled the index back to its last commit since it was opened. A rollback drops
     * every change not yet committed, whoever wrote it, so a writer whose batch spans a rollback must write it again.
     */
    public long rollbacks() {
        return sessions.rollbacks();
    }

    /**
     * Borrows the current searcher; close the lease to give it back. A recovery may close the searchers between
     * reading them and borrowing from them, so a closed one is asked again from the new ones.
     */
    public SearcherLease acquire() {
        for (int attempt = 1; ; attempt++) {
            try {
                return new SearcherLease(sessions.forReading().searchers());
            } catch (AlreadyClosedException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    private static Term documentTerm(String documentId) {
        return new Term(LessonFields.DOCUMENT_ID, documentId);
    }

    private void refreshQuietly() {
        if (!sessions.readable()) {
            return;
        }
        try {
            sessions.forReading().searchers().maybeRefresh();
        } catch (IOException | RuntimeException e) {
            log.warn("Index refresh failed; searches keep the previous view: {}", e.toString());
        }
    }

    /**
     * Writes one at a time, so that a read-modify-write such as {@link #changeHandling} sees every earlier write. A
     * write that fails rolls the index back to its last commit and reopens it before the failure is thrown.
     *
     * @throws IndexWriteException when the write failed
     */
    private void write(IndexWrite action) {
        writes.lock();
        try {
            action.run(sessions.forWriting());
        } catch (IOException | AlreadyClosedException e) {
            throw sessions.recover(e);
        } finally {
            writes.unlock();
        }
    }

    @PreDestroy
    @Override
    public void close() throws IOException {
        refresher.shutdown();
        try {
            // a refresh under way would otherwise find the searchers closed under it and log a failure
            if (!refresher.awaitTermination(10, TimeUnit.SECONDS)) {
                refresher.shutdownNow();
            }
        } catch (InterruptedException e) {
            refresher.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            sessions.close();
        } finally {
            directory.close();
        }
        log.info("Index closed");
    }

    @FunctionalInterface
    private interface IndexWrite {
        void run(IndexSession session) throws IOException;
    }
}
