package org.lessons.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.testsupport.LessonsProcess;

/**
 * Kills Lessons with SIGKILL at random moments while it ingests a folder of generated documents and takes
 * uploads, restarts it on the same folders, and checks what a crash must not cost: the index passes Lucene's
 * CheckIndex, every upload that was answered 201 is found exactly once, and the ingest resumes until every file
 * of the folder is indexed exactly once.
 *
 * <p>It runs Lessons as a process of its own ({@link LessonsProcess}) rather than on {@code RunningLessons}, since
 * a crash cannot be had inside the test JVM. {@code -Dcrash.cycles} (3) sets how many kills, {@code -Dcrash.seed}
 * repeats a run: the seed is printed first.
 */
class CrashSafetyIT {

    private static final String PASSWORD = "crash-safety-admin-password";
    private static final int FILES_PER_CYCLE = 100;
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private final long seed = Long.getLong("crash.seed", System.nanoTime());
    private final int cycles = Integer.getInteger("crash.cycles", 3);
    private final Random random = new Random(seed);
    /** Token of every file put in the corpus folder, by its path there. */
    private final Map<String, String> corpusTokens = new LinkedHashMap<>();
    /** Token of every upload that was answered 201. */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    /** Answers to uploads other than 201, and errors, while the server ran. */
    private final List<String> refusedUploads = new CopyOnWriteArrayList<>();

    private Path corpus;
    private Path data;
    private Path log;
    private LessonsProcess lessons;

    @AfterEach
    void stop() {
        if (lessons != null) {
            lessons.close();
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void afterEveryKillTheIndexIsSoundAcknowledgedUploadsAreFoundOnceAndTheIngestResumes() throws Exception {
        System.out.printf("CrashSafetyIT: seed %d (-Dcrash.seed=%d repeats this run), %d kills%n", seed, seed, cycles);
        corpus = Files.createDirectories(root.resolve("corpus"));
        data = root.resolve("data");
        log = root.resolve("lessons.log");
        try {
            for (int cycle = 1; cycle <= cycles; cycle++) {
                lessons = start();
                assertAcknowledgedUploadsAreFoundOnce();
                Map<Path, String> files = newFiles(cycle);
                int acknowledgedBefore = acknowledged.size();
                Thread dropper = new Thread(() -> dropInWaves(files));
                LessonsProcess server = lessons;
                Thread uploader = new Thread(() -> uploadUntilKilled(server));
                dropper.start();
                uploader.start();
                awaitAnAcknowledgedUpload(acknowledgedBefore);
                long delay = 500 + random.nextInt(4_000);
                Thread.sleep(delay);
                String state = status().get("state").asText();
                int exit = lessons.kill();
                uploader.join(Duration.ofSeconds(60).toMillis());
                dropper.join(Duration.ofSeconds(60).toMillis());
                System.out.printf(
                        "CrashSafetyIT: cycle %d killed %d ms after an upload was acknowledged, while %s (exit %d);"
                                + " %d uploads acknowledged so far%n",
                        cycle, delay, state, exit, acknowledged.size());
                assertThat(exit).as("exit code of a SIGKILL").isEqualTo(137);
                assertThat(refusedUploads).as("uploads not answered 201").isEmpty();
                assertThat(checkIndex()).as("CheckIndex after kill %d", cycle).isTrue();
            }
            lessons = start();
            assertAcknowledgedUploadsAreFoundOnce();
            awaitEveryFileIndexed();
            assertEveryCorpusFileIsFoundOnce();
            lessons.kill();
            assertThat(checkIndex()).as("CheckIndex at the end").isTrue();
        } catch (AssertionError | Exception e) {
            throw new AssertionError(
                    e.getMessage() + "\n(seed " + seed + ") The end of the server's log:\n"
                            + LessonsProcess.tail(log, 60),
                    e);
        }
    }

    private LessonsProcess start() throws IOException, InterruptedException {
        return LessonsProcess.start(data, corpus, log, PASSWORD, "--lessons.ingest.quiet-period=200ms");
    }

    /** New documents for the watched folder, half text and half HTML, each with its own token. */
    private Map<Path, String> newFiles(int cycle) {
        Map<Path, String> files = new LinkedHashMap<>();
        for (int i = 0; i < FILES_PER_CYCLE; i++) {
            String token = token();
            String name = "batch-" + cycle + "/note-" + i + (i % 2 == 0 ? ".txt" : ".html");
            String sentences = sentences(token);
            files.put(
                    corpus.resolve(name),
                    i % 2 == 0
                            ? "Note " + i + "\n\n" + sentences
                            : "<html><head><title>Note " + i + "</title></head><body><h1>Note " + i + "</h1><p>"
                                    + sentences + "</p></body></html>");
            corpusTokens.put(name, token);
        }
        return files;
    }

    /**
     * Drops the files into the folder ten at a time, half a second apart, so that the watcher's batches
     * and the uploads take turns on the ingest queue, as when people copy files while others upload.
     */
    private static void dropInWaves(Map<Path, String> files) {
        int written = 0;
        try {
            for (Map.Entry<Path, String> file : files.entrySet()) {
                Files.createDirectories(file.getKey().getParent());
                Files.writeString(file.getKey(), file.getValue());
                if (++written % 10 == 0) {
                    Thread.sleep(500);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until this run's first upload is answered, so that the kill falls while the parse worker runs and
     * files and uploads take turns on the queue, however slowly the machine started Lessons.
     */
    private void awaitAnAcknowledgedUpload(int before) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (acknowledged.size() == before) {
            assertThat(refusedUploads).as("uploads not answered 201").isEmpty();
            assertThat(System.nanoTime())
                    .as("an upload answered within 2 minutes")
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Uploads one document after another until the server is gone, remembering those answered 201. */
    private void uploadUntilKilled(LessonsProcess server) {
        Random tokens = new Random(random.nextLong());
        while (server.alive()) {
            String token = token(tokens);
            try {
                HttpResponse<String> answer = server.upload("minutes-" + token + ".txt", sentences(token));
                if (answer.statusCode() == 201) {
                    acknowledged.put(
                            token, JSON.readTree(answer.body()).get("path").asText());
                } else {
                    refusedUploads.add(answer.statusCode() + " " + answer.body());
                }
            } catch (IOException e) {
                if (server.alive()) {
                    refusedUploads.add(e.toString());
                }
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void assertAcknowledgedUploadsAreFoundOnce() throws Exception {
        for (String token : acknowledged.keySet()) {
            assertFoundOnce(token, "the upload " + acknowledged.get(token) + ", answered 201 before a kill");
        }
    }

    private void assertEveryCorpusFileIsFoundOnce() throws Exception {
        for (Map.Entry<String, String> file : corpusTokens.entrySet()) {
            assertFoundOnce(file.getValue(), file.getKey());
        }
    }

    private void assertFoundOnce(String token, String what) throws Exception {
        HttpResponse<String> answer = lessons.get("/api/search?q=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as("search for %s", what).isEqualTo(200);
        JsonNode result = JSON.readTree(answer.body());
        assertThat(result.get("total").asInt()).as("passages of %s", what).isEqualTo(1);
        assertThat(result.get("hits").get(0).get("text").asText()).as(what).contains(token);
    }

    /** Waits until the ingest is idle with every document file of the folder (uploads too) indexed. */
    private void awaitEveryFileIndexed() throws Exception {
        long files = documentFiles();
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        JsonNode status = status();
        while (!(status.get("state").asText().equals("idle")
                && status.get("documents").asLong() + status.get("failed").asLong() >= files)) {
            assertThat(System.nanoTime())
                    .as("ingest settled within %s: %s", SETTLE_TIMEOUT, status)
                    .isLessThan(deadline);
            Thread.sleep(500);
            status = status();
        }
        assertThat(status.get("failed").asLong()).as("failed files: %s", status).isZero();
        assertThat(status.get("documents").asLong())
                .as("indexed documents: %s", status)
                .isEqualTo(files);
    }

    private long documentFiles() throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private JsonNode status() throws Exception {
        HttpResponse<String> answer = lessons.get("/api/ingest/status");
        assertThat(answer.statusCode()).as("status").isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** Lucene's CheckIndex over the index folder while Lessons is down. */
    private boolean checkIndex() throws IOException {
        try (Directory directory = FSDirectory.open(data.resolve("index"));
                CheckIndex check = new CheckIndex(directory)) {
            CheckIndex.Status status = check.checkIndex();
            if (!status.clean) {
                System.out.println("CrashSafetyIT: CheckIndex found problems; " + status.totLoseDocCount
                        + " documents would be lost");
            }
            return status.clean;
        }
    }

    private String token() {
        return token(random);
    }

    /** A word found nowhere else, far from every other token, so that no spelling correction turns one into another. */
    private static String token(Random random) {
        StringBuilder token = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            token.append((char) ('a' + random.nextInt(26)));
        }
        return token.toString();
    }

    private static String sentences(String token) {
        return "The meeting discussed the case file " + token + " at length. Prosecutors shared what they learned"
                + " from " + token + " about cross-border cooperation.";
    }
}
