package org.lessons.ingest;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.lessons.enrich.Tagger;
import org.lessons.index.CorpusCounts;
import org.lessons.index.DocumentCatalog;
import org.lessons.index.DocumentDetail;
import org.lessons.index.DocumentSummary;
import org.lessons.index.IndexWriteException;
import org.lessons.index.LessonIndex;
import org.lessons.ingest.internal.ContentHash;
import org.lessons.ingest.internal.CorpusPaths;
import org.lessons.ingest.internal.CorpusScanner;
import org.lessons.ingest.internal.DiskSpaceGuard;
import org.lessons.ingest.internal.DocumentIngester;
import org.lessons.ingest.internal.IngestPause;
import org.lessons.ingest.internal.MarkingFiles;
import org.lessons.ingest.internal.OriginalStore;
import org.lessons.ingest.internal.PeriodicCommits;
import org.lessons.ingest.internal.ReadAhead;
import org.lessons.ingest.internal.ReadFile;
import org.lessons.ingest.internal.Retagger;
import org.lessons.ingest.internal.UploadIntake;
import org.lessons.marking.Marking;
import org.lessons.marking.MarkingProperties;
import org.lessons.marking.SourcedHandling;
import org.lessons.marking.Viewers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Brings the corpus folder into the index. All ingest work runs on one queue, in order, so that a folder
 * change, an upload and the start-up scan never race on the same file, and the index commits at the end of
 * every batch: what this service has acknowledged survives a crash. On a disk short of space, or after an index
 * write failed, the folder's ingest pauses and resumes by itself ({@link IngestPause}), and uploads are refused
 * with what to free.
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    /** How often a long ingest or re-tag commits what it wrote: a crash costs at most this much work again. */
    private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(2);
    // Files read while the ingest thread applies another: one keeps the parse worker and the ingest thread busy at
    // once when parsing a file and applying one take about as long; two absorb a slow file on either side. Each
    // waits as its parsed text (at most max-text-chars).
    private static final int READ_AHEAD = 2;

    private final DocumentIngester ingester;
    private final CorpusScanner scanner;
    private final CorpusPaths paths;
    private final LessonIndex index;
    private final DocumentCatalog catalog;
    private final OriginalStore originals;
    private final UploadIntake intake;
    private final Retagger retagger;
    private final Tagger tagger;
    private final ApplicationEventPublisher events;
    private final Viewers viewers;
    private final MarkingProperties markings;
    private final DiskSpaceGuard space;
    private final IngestPause pause;
    private final Clock clock;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> new Thread(r, "ingest"));
    private final ExecutorService parser = Executors.newSingleThreadExecutor(r -> new Thread(r, "ingest-parse"));
    private final ExecutorService assembler = Executors.newSingleThreadExecutor(r -> new Thread(r, "ingest-assemble"));
    private final AtomicInteger pending = new AtomicInteger();
    private volatile IngestProgress progress;

    public IngestService(
            DocumentIngester ingester,
            CorpusScanner scanner,
            CorpusPaths paths,
            LessonIndex index,
            DocumentCatalog catalog,
            OriginalStore originals,
            Retagger retagger,
            Tagger tagger,
            UploadIntake intake,
            ApplicationEventPublisher events,
            Viewers viewers,
            MarkingProperties markings,
            DiskSpaceGuard space,
            IngestPause pause,
            Clock clock) {
        this.ingester = ingester;
        this.scanner = scanner;
        this.paths = paths;
        this.index = index;
        this.catalog = catalog;
        this.originals = originals;
        this.retagger = retagger;
        this.tagger = tagger;
        this.intake = intake;
        this.events = events;
        this.viewers = viewers;
        this.markings = markings;
        this.space = space;
        this.pause = pause;
        this.clock = clock;
        pause.resumeWith(this::synchronize);
    }

    /** Makes the index match the whole corpus folder: new and changed files in, vanished files out. */
    public CompletableFuture<List<IngestOutcome>> synchronize() {
        return submit(() -> {
            List<IngestOutcome> outcomes = new ArrayList<>();
            for (String path : scanner.vanished()) {
                ingester.remove(path);
                outcomes.add(removed(path));
            }
            outcomes.addAll(ingestAll(scanner.files(paths.root())));
            return outcomes;
        });
    }

    /**
     * Brings changed paths (files or folders, still there or deleted) into the index. A changed marking file re-marks
     * the documents it speaks for: a sidecar its document, a folder default every document below its folder.
     */
    public CompletableFuture<List<IngestOutcome>> refresh(Collection<Path> changed) {
        return submit(() -> {
            Set<Path> files = new LinkedHashSet<>();
            List<IngestOutcome> outcomes = new ArrayList<>();
            for (Path path : changed) {
                if (paths.isMarkingFile(path)) {
                    files.addAll(markedBy(path));
                } else if (Files.isDirectory(path)) {
                    files.addAll(scanner.files(path));
                } else if (paths.isDocument(path)) {
                    files.add(path);
                } else if (!Files.exists(path) && !paths.isIgnored(path)) {
                    ingester.remove(paths.relative(path));
                    outcomes.add(removed(paths.relative(path)));
                }
            }
            outcomes.addAll(ingestAll(List.copyOf(files)));
            return outcomes;
        });
    }

    /**
     * Re-decides the handling of one document after a curator's override was set or removed, in turn with the rest
     * of the ingest work so that it settles after any ingest of the same file already under way.
     *
     * @return its handling now; empty when its file is no longer in the corpus folder
     */
    public CompletableFuture<Optional<SourcedHandling>> remark(String documentId) {
        AtomicReference<SourcedHandling> decided = new AtomicReference<>();
        return submit(() -> {
                    Optional<Path> file = catalog.source(documentId)
                            .map(source -> paths.root().resolve(source.path()));
                    if (file.isEmpty()) {
                        return List.<IngestOutcome>of();
                    }
                    // a changed file is read again first, so that its new content counts
                    List<IngestOutcome> outcomes =
                            paths.isDocument(file.get()) ? List.of(ingester.ingest(file.get())) : List.of();
                    decided.set(ingester.remark(file.get(), documentId));
                    return outcomes;
                })
                .thenApply(outcomes -> Optional.ofNullable(decided.get()));
    }

    private List<Path> markedBy(Path markingFile) {
        if (MarkingFiles.isFolderDefault(markingFile)) {
            return scanner.files(markingFile.getParent());
        }
        Path document = MarkingFiles.documentOf(markingFile);
        return paths.isDocument(document) ? List.of(document) : List.of();
    }

    /**
     * Stores an uploaded file in the corpus under a generated name and ingests it. The uploader's file name only
     * lends a slug to the generated one, never a path, and neither it nor the declared type decides the format:
     * the content does.
     *
     * <p>When this returns, the file and the index commit holding it are on disk.
     *
     * @throws UploadRejectedException when the file is empty, too large or not of an accepted format; nothing is
     *     stored then
     * @throws InsufficientStorageException when the disk is short of space, before or while the file is stored
     *     or indexed; nothing is kept then
     */
    public IngestOutcome upload(String originalName, InputStream content) {
        space.requireSpace();
        Path target = intake.accept(originalName, content);
        List<IngestOutcome> outcomes;
        try {
            outcomes = await(refresh(List.of(target)));
        } catch (InsufficientStorageException | IndexWriteException e) {
            intake.withdraw(target);
            throw e;
        }
        IngestOutcome outcome = outcomes.isEmpty() ? null : outcomes.get(0);
        if (outcome == null || outcome.status() == IngestOutcome.Status.UNCHANGED) {
            // the folder watcher got to the file first; report what it recorded
            return recordedOutcome(paths.relative(target));
        }
        return outcome;
    }

    /** The formats an upload may have. */
    public UploadFormats uploadFormats() {
        return intake.formats();
    }

    /**
     * Re-reads the vocabulary files and re-tags every indexed document from its stored text, without parsing.
     * A broken vocabulary file is reported at once and changes nothing.
     *
     * @throws org.lessons.enrich.VocabularyException when a vocabulary file cannot be used
     */
    public CompletableFuture<Integer> retag() {
        tagger.reload();
        pending.incrementAndGet();
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        List<String> ids = List.copyOf(catalog.sources().keySet());
                        int retagged = 0;
                        PeriodicCommits commits = new PeriodicCommits(index::commit, COMMIT_INTERVAL);
                        for (int i = 0; i < ids.size(); i++) {
                            progress = new IngestProgress("retag", i, ids.size());
                            if (retagger.retag(ids.get(i))) {
                                retagged++;
                            }
                            commits.afterWrite();
                        }
                        index.commit();
                        events.publishEvent(new IndexChanged("retag", Instant.now(clock)));
                        log.info("Re-tagged {} documents", retagged);
                        return retagged;
                    } finally {
                        progress = null;
                        pending.decrementAndGet();
                    }
                },
                queue);
    }

    /** Progress, and what the index holds as far as whoever asks may see. */
    public IngestStatus status() {
        CorpusCounts counts = catalog.counts(viewers.current().clearance());
        int waiting = pending.get();
        Optional<String> paused = pause.reason();
        return new IngestStatus(
                paused.isPresent() ? "paused" : waiting > 0 ? "running" : "idle",
                counts.documents(),
                counts.passages(),
                counts.failed(),
                waiting,
                progress,
                paused.orElse(null));
    }

    /** The failed files whoever asks may see: a file name alone can be sensitive. */
    public List<IngestFailure> failures() {
        return catalog.failures(viewers.current().clearance()).stream()
                .map(f -> new IngestFailure(f.path(), f.failureReason(), f.failureDetail()))
                .toList();
    }

    /**
     * The file of an indexed document as it was ingested; empty when it is unknown or hidden from whoever asks, and
     * for a document held under the Chatham House rule when they are below the attribution clearance: a file cannot
     * be shown without the names in it, so such a reader reads the document's text instead.
     */
    public Optional<OriginalFile> original(String documentId) {
        Marking clearance = viewers.current().clearance();
        return catalog.find(documentId, clearance)
                .filter(detail -> !markings.withholdsNames(detail.summary().handling(), clearance))
                .flatMap(detail -> originals.find(detail.sha256()).map(content -> {
                    String path = detail.summary().path();
                    return new OriginalFile(
                            path.substring(path.lastIndexOf('/') + 1), detail.mediaType(), content, size(content));
                }));
    }

    /**
     * Applies the files in their order on this thread while the next ones are read (hashed, parsed) on one thread
     * and assembled on another. When this stops early (a full disk, a failed write), the files read ahead are dropped
     * unwritten: the next scan does them.
     */
    private List<IngestOutcome> ingestAll(List<Path> files) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        try (ReadAhead<ReadFile> parsed = ReadAhead.start(files, ingester::read, READ_AHEAD, parser);
                // assembles one file while the parse worker reads the next: the two took turns on one thread
                ReadAhead<ReadFile> reads =
                        ReadAhead.start(files, file -> ingester.assemble(parsed.next()), READ_AHEAD, assembler)) {
            PeriodicCommits commits = new PeriodicCommits(index::commit, COMMIT_INTERVAL);
            for (int done = 0; done < files.size(); done++) {
                space.requireSpace();
                progress = new IngestProgress("ingest", done, files.size());
                IngestOutcome outcome = ingester.apply(reads.next());
                outcomes.add(outcome);
                if (outcome.status() != IngestOutcome.Status.UNCHANGED) {
                    log.debug("{} of {}: {} {}", done + 1, files.size(), outcome.status(), outcome.path());
                }
                if (commits.afterWrite()) {
                    log.info("Ingest progress: {} of {} files", done + 1, files.size());
                }
            }
        }
        return outcomes;
    }

    private CompletableFuture<List<IngestOutcome>> submit(IngestTask task) {
        pending.incrementAndGet();
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        space.requireSpace();
                        long rollbacks = index.rollbacks();
                        List<IngestOutcome> outcomes = task.run();
                        index.commit();
                        if (index.rollbacks() != rollbacks) {
                            rescanAfterRollback();
                        }
                        if (outcomes.stream().anyMatch(o -> o.status() != IngestOutcome.Status.UNCHANGED)) {
                            events.publishEvent(new IndexChanged("ingest", Instant.now(clock)));
                        }
                        summarize(outcomes);
                        return outcomes;
                    } catch (InsufficientStorageException e) {
                        pause.hold(e.getMessage());
                        throw e;
                    } catch (IndexWriteException e) {
                        RuntimeException answer = e.diskFull() ? space.fullWhileWriting(e.getCause()) : e;
                        pause.hold(answer.getMessage());
                        throw answer;
                    } finally {
                        progress = null;
                        pending.decrementAndGet();
                    }
                },
                queue);
    }

    /**
     * Another thread's failed write (a curator's marking change) rolled the index back while this batch was written,
     * dropping what it had not committed yet; the scan finds those files missing or stale and writes them again.
     */
    private void rescanAfterRollback() {
        log.warn("The index was rolled back to its last commit while files were ingested; rescanning the corpus"
                + " to write them again");
        synchronize();
    }

    private IngestOutcome recordedOutcome(String path) {
        String documentId = ContentHash.documentId(path);
        DocumentSummary summary = catalog.find(documentId)
                .map(DocumentDetail::summary)
                .orElseThrow(() -> new IllegalStateException("The upload " + path + " was not recorded"));
        return summary.failed()
                ? new IngestOutcome(
                        path,
                        documentId,
                        IngestOutcome.Status.FAILED,
                        0,
                        summary.failureReason(),
                        summary.failureDetail())
                : new IngestOutcome(path, documentId, IngestOutcome.Status.INDEXED, summary.passageCount(), null, null);
    }

    private static void summarize(List<IngestOutcome> outcomes) {
        long indexed = outcomes.stream()
                .filter(o -> o.status() == IngestOutcome.Status.INDEXED)
                .count();
        long failed = outcomes.stream()
                .filter(o -> o.status() == IngestOutcome.Status.FAILED)
                .count();
        long removed = outcomes.stream()
                .filter(o -> o.status() == IngestOutcome.Status.REMOVED)
                .count();
        long remarked = outcomes.stream()
                .filter(o -> o.status() == IngestOutcome.Status.REMARKED)
                .count();
        if (indexed + failed + removed + remarked > 0) {
            log.info(
                    "Ingest batch done: {} indexed, {} failed, {} removed, {} re-marked, {} unchanged",
                    indexed,
                    failed,
                    removed,
                    remarked,
                    outcomes.size() - indexed - failed - removed - remarked);
        }
    }

    private static IngestOutcome removed(String path) {
        return new IngestOutcome(path, null, IngestOutcome.Status.REMOVED, 0, null, null);
    }

    /** The result of queued work, for callers that must wait for it; its failure is rethrown as it was. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for ingest", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void stop() {
        pause.stop();
        queue.shutdownNow();
        parser.shutdownNow();
        assembler.shutdownNow();
    }

    @FunctionalInterface
    private interface IngestTask {
        List<IngestOutcome> run();
    }
}
