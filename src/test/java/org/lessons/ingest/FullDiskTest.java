package org.lessons.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.base.LessonsProperties;
import org.lessons.enrich.Tagger;
import org.lessons.index.DocumentCatalog;
import org.lessons.index.IndexWriteException;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonIndex;
import org.lessons.index.SourceFile;
import org.lessons.ingest.internal.DiskSpaceGuard;
import org.lessons.ingest.internal.ForkedParser;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;
import org.lessons.testsupport.FailingDirectory;
import org.lessons.testsupport.IngestSettings;
import org.lessons.testsupport.TestIndex;
import org.lessons.testsupport.TestIngest;
import org.lessons.testsupport.TestViewers;
import org.springframework.util.unit.DataSize;

/**
 * A full disk, whether foreseen by the free-space limit or met by a write, refuses uploads with what to free,
 * pauses the folder's ingest with the reason in the status, leaves the index at its last commit, and resumes by
 * itself once there is room. A write that fails elsewhere rolls the index back under the ingest without losing a
 * file.
 */
class FullDiskTest {

    /** More than any disk this test runs on has free. */
    private static final DataSize MORE_THAN_THE_DISK = DataSize.ofTerabytes(1_000_000);

    private static final Duration RESUME_WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    @TempDir
    Path corpus;

    private final IngestProperties properties =
            IngestSettings.with("worker-heap=256m", "watch=false", "space-check-interval=100ms");
    private final AtomicReference<DataSize> minFreeSpace = new AtomicReference<>(DataSize.ofMegabytes(1));
    /** How many more checks find the disk as roomy as {@link #minFreeSpace} says; the ones after find it short. */
    private final AtomicInteger checksWithRoom = new AtomicInteger(Integer.MAX_VALUE);

    /** Which free-space check of the ingest thread waits for {@link #release}, signalling {@link #held}. */
    private final AtomicInteger holdIngestAtCheck = new AtomicInteger(Integer.MAX_VALUE);

    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    private ForkedParser parser;
    private FailingDirectory storage;
    private LessonIndex index;
    private DocumentCatalog catalog;
    private IngestService ingest;

    @BeforeEach
    void open() throws IOException {
        parser = new ForkedParser(properties);
        LessonsProperties lessons = new LessonsProperties(dataDir, corpus);
        Tagger tagger = TestIndex.tagger(dataDir);
        storage = new FailingDirectory(FSDirectory.open(dataDir.resolve("index")));
        index = new LessonIndex(storage, new LanguageAnalyzers(), tagger);
        catalog = new DocumentCatalog(index);
        ingest = TestIngest.wired(
                        lessons,
                        properties,
                        parser,
                        index,
                        tagger,
                        TestViewers.unrestricted(),
                        new DiskSpaceGuard(lessons, this::limitAtThisCheck))
                .service();
    }

    @AfterEach
    void close() throws Exception {
        release.countDown();
        storage.recover();
        ingest.stop();
        index.close();
        parser.stopWorker();
    }

    @Test
    void belowTheFreeSpaceLimitUploadsAreRefusedAndTheScanPausesUntilTheLimitIsMet() throws Exception {
        Files.writeString(corpus.resolve("notes.md"), minutes("Asset freezing disrupted the network."));
        minFreeSpace.set(MORE_THAN_THE_DISK);

        assertThatThrownBy(() -> ingest.synchronize().get())
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(InsufficientStorageException.class);
        assertThatThrownBy(() -> ingest.upload("minutes.txt", text("Mentors helped with reintegration.")))
                .isInstanceOfSatisfying(InsufficientStorageException.class, full -> {
                    assertThat(full.minFreeBytes()).isEqualTo(MORE_THAN_THE_DISK.toBytes());
                    assertThat(full.freeBytes()).isPositive().isLessThan(full.minFreeBytes());
                })
                .hasMessageContaining("are free on the disk of the data folder")
                .hasMessageContaining("(lessons.ingest.min-free-space)")
                .hasMessageContaining("Free space on that disk or lower the setting");
        assertThat(uploads()).isEmpty();
        IngestStatus paused = ingest.status();
        assertThat(paused.state()).isEqualTo("paused");
        assertThat(paused.notice()).contains("lessons.ingest.min-free-space");
        assertThat(paused.documents()).isZero();

        minFreeSpace.set(DataSize.ofMegabytes(1));

        await().atMost(RESUME_WITHIN).until(() -> ingest.status().documents() == 1);
        assertThat(ingest.status().state()).isNotEqualTo("paused");
        assertThat(ingest.status().notice()).isNull();
        assertThat(ingest.upload("minutes.txt", text("Mentors helped with reintegration."))
                        .status())
                .isEqualTo(IngestOutcome.Status.INDEXED);
    }

    @Test
    void aDiskThatFillsUpWhileIndexingRefusesTheUploadKeepsNothingOfItAndResumesOnceSpaceIsFreed() throws Exception {
        IngestOutcome kept = ingest.upload("kept.txt", text("Asset freezing disrupted the network."));
        storage.fail(FailingDirectory.diskFull());

        assertThatThrownBy(() -> ingest.upload("lost.txt", text("Mentors helped with reintegration.")))
                .isInstanceOf(InsufficientStorageException.class)
                .hasMessageContaining("writing failed with \"No space left on device\"")
                .hasMessageContaining("lessons.ingest.min-free-space")
                .hasMessageContaining("the index is as it was at its last commit");
        minFreeSpace.set(MORE_THAN_THE_DISK); // the free space now reads as low as it is
        assertThat(uploads()).containsExactly(kept.path());
        assertThat(catalog.sources()).containsOnlyKeys(kept.documentId());
        await().atMost(RESUME_WITHIN).until(() -> ingest.status().state().equals("paused"));
        assertThat(ingest.status().notice()).contains("lessons.ingest.min-free-space");

        Files.writeString(corpus.resolve("dropped-meanwhile.md"), minutes("Probation officers supervised."));
        freeSpace();

        await().atMost(RESUME_WITHIN).until(() -> ingest.status().documents() == 2);
        assertThat(ingest.upload("lost.txt", text("Mentors helped with reintegration."))
                        .status())
                .isEqualTo(IngestOutcome.Status.INDEXED);
        assertThat(ingest.status().documents()).isEqualTo(3);
    }

    @Test
    void aDiskThatRunsShortAmidAFolderStopsTheScanThereAndTheResumedScanIndexesEveryFileOnce() throws Exception {
        List<String> names = List.of("1.md", "2.md", "3.md", "4.md", "5.md", "6.md");
        for (String name : names) {
            Files.writeString(corpus.resolve(name), minutes("Meeting " + name + " on asset freezing."));
        }
        checksWithRoom.set(3); // the batch's own check, then one before each of the first two files

        assertThatThrownBy(() -> ingest.synchronize().get())
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(InsufficientStorageException.class);
        assertThat(ingest.status().state()).isEqualTo("paused");

        checksWithRoom.set(Integer.MAX_VALUE);

        await().atMost(RESUME_WITHIN).until(() -> ingest.status().documents() == names.size());
        assertThat(catalog.sources().values()).extracting(SourceFile::path).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void aFailedWriteElsewhereThatRollsTheIndexBackLosesNoneOfTheFilesBeingIngested() throws Exception {
        Files.writeString(corpus.resolve("1.md"), minutes("Asset freezing disrupted the network."));
        Files.writeString(corpus.resolve("2.md"), minutes("Mentors helped with reintegration."));
        // the batch's own check, then one before each file: the ingest thread waits before the second file
        holdIngestAtCheck.set(3);
        var scan = ingest.synchronize();
        assertThat(held.await(RESUME_WITHIN.toSeconds(), TimeUnit.SECONDS)).isTrue();
        await().atMost(RESUME_WITHIN).until(() -> !catalog.sources().isEmpty());
        String first = catalog.sources().keySet().iterator().next();

        // a curator's change on another thread fails to commit: the index drops every uncommitted change, the first
        // file's included, while the ingest thread goes on to the second
        storage.fail(new IOException("Input/output error"));
        assertThatThrownBy(() -> index.changeHandling(first, Handling.of(Marking.AMBER)))
                .isInstanceOf(IndexWriteException.class);
        storage.recover();
        release.countDown();
        scan.get();

        await().atMost(RESUME_WITHIN)
                .untilAsserted(() -> assertThat(catalog.sources().values())
                        .extracting(SourceFile::path)
                        .containsExactlyInAnyOrder("1.md", "2.md"));
    }

    private DataSize limitAtThisCheck() {
        if (Thread.currentThread().getName().equals("ingest") && holdIngestAtCheck.decrementAndGet() == 0) {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return checksWithRoom.getAndDecrement() > 0 ? minFreeSpace.get() : MORE_THAN_THE_DISK;
    }

    private void freeSpace() {
        storage.recover();
        minFreeSpace.set(DataSize.ofMegabytes(1));
    }

    private java.util.List<String> uploads() throws IOException {
        Path folder = corpus.resolve("uploads");
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> "uploads/" + file.getFileName()).toList();
        }
    }

    private static String minutes(String sentence) {
        return "# Minutes\n\n" + (sentence + " ").repeat(5);
    }

    private static InputStream text(String sentence) {
        return new ByteArrayInputStream(minutes(sentence).getBytes(StandardCharsets.UTF_8));
    }
}
