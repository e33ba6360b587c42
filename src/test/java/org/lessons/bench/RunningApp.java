package org.lessons.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.lessons.LessonsApplication;
import org.lessons.ingest.IngestOutcome;
import org.lessons.ingest.IngestService;
import org.lessons.marking.Viewer;
import org.lessons.marking.Viewers;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchResult;
import org.lessons.search.SearchService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application, started in this JVM as {@code mvn spring-boot:run} starts it (web server on a free port,
 * database, index, parse worker), on a data folder and corpus folder of the benchmark's. Folder watching is off
 * so that ingest runs exactly when the benchmark asks and is timed from its first file to its commit.
 */
final class RunningApp implements AutoCloseable {

    static final String PASSWORD = "benchmark-admin-password-2026";

    private final ConfigurableApplicationContext context;
    private final double startSeconds;

    private RunningApp(ConfigurableApplicationContext context, double startSeconds) {
        this.context = context;
        this.startSeconds = startSeconds;
    }

    static RunningApp start(Path dataDir, Path corpusDir) {
        long start = System.nanoTime();
        // as arguments, which outrank application.properties (default properties would not)
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LessonsApplication.class)
                .run(
                        "--lessons.data-dir=" + dataDir.toAbsolutePath(),
                        "--lessons.corpus-dir=" + corpusDir.toAbsolutePath(),
                        "--lessons.admin-password=" + PASSWORD,
                        "--lessons.ingest.watch=false",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
        RunningApp app = new RunningApp(context, (System.nanoTime() - start) / 1e9);
        app.await(app.ingest().synchronize());
        return app;
    }

    /** Seconds from the start to a ready application, before its first scan of the corpus. */
    double startSeconds() {
        return startSeconds;
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** Ingests the files below the paths, as the folder watcher would hand them over, and waits for the commit. */
    List<IngestOutcome> ingest(Collection<Path> paths) {
        return await(ingest().refresh(paths));
    }

    /** Scans the whole corpus as at start-up, and waits for it. */
    List<IngestOutcome> synchronize() {
        return await(ingest().synchronize());
    }

    /** A search in this JVM, as the administrator, through the same service the REST API calls. */
    SearchResult search(SearchRequest request) {
        Viewers viewers = context.getBean(Viewers.class);
        Viewer admin = viewers.of("admin").orElseThrow();
        return viewers.runAs(admin, () -> context.getBean(SearchService.class).search(request));
    }

    private IngestService ingest() {
        return context.getBean(IngestService.class);
    }

    private <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for ingest", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Ingest failed", e.getCause());
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
