package org.lessons.ingest.internal;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.lessons.ingest.IngestProperties;
import org.lessons.ingest.IngestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the corpus folder: once the application is up it ingests the whole folder, then hands every
 * change to the ingest queue after the folder has been quiet for a moment, so a file still being copied is
 * read once, complete. Watching starts before the first scan so that nothing changed during it is missed.
 */
@Component
public class CorpusWatcher {

    private static final Logger log = LoggerFactory.getLogger(CorpusWatcher.class);

    private final CorpusPaths paths;
    private final IngestService ingest;
    private final IngestProperties properties;
    private WatchService watchService;
    private Thread thread;

    public CorpusWatcher(CorpusPaths paths, IngestService ingest, IngestProperties properties) {
        this.paths = paths;
        this.ingest = ingest;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() throws IOException {
        Files.createDirectories(paths.root());
        if (properties.watch()) {
            watchService = paths.root().getFileSystem().newWatchService();
            registerTree(paths.root());
            thread = new Thread(this::watch, "corpus-watcher");
            thread.setDaemon(true);
            thread.start();
            log.info("Watching {} for changes", paths.root());
        }
        ingest.synchronize();
    }

    @PreDestroy
    public void stop() throws IOException {
        if (watchService != null) {
            watchService.close();
        }
    }

    private void watch() {
        Set<Path> changed = new LinkedHashSet<>();
        boolean overflow = false;
        try {
            while (true) {
                WatchKey key = changed.isEmpty() && !overflow
                        ? watchService.take()
                        : watchService.poll(properties.quietPeriod().toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    dispatch(changed, overflow);
                    changed = new LinkedHashSet<>();
                    overflow = false;
                    continue;
                }
                overflow |= collect(key, changed);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            log.debug("Corpus watcher stopped");
        }
    }

    private boolean collect(WatchKey key, Set<Path> changed) {
        boolean overflow = false;
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                overflow = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (paths.isIgnored(path) && !paths.isMarkingFile(path)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
            }
            changed.add(path);
        }
        key.reset();
        return overflow;
    }

    private void dispatch(Set<Path> changed, boolean overflow) {
        if (overflow) {
            log.info("Too many changes at once in {}; rescanning the whole folder", paths.root());
            ingest.synchronize();
        } else {
            log.debug("Corpus changed: {}", changed);
            ingest.refresh(changed);
        }
    }

    private void registerTree(Path folder) {
        try (Stream<Path> folders = Files.walk(folder)) {
            folders.filter(Files::isDirectory)
                    .filter(dir -> dir.equals(paths.root()) || !paths.isIgnored(dir))
                    .forEach(this::register);
        } catch (IOException e) {
            log.warn("Could not watch {}: {}. Changes there are picked up at the next restart.", folder, e.toString());
        }
    }

    private void register(Path folder) {
        try {
            folder.register(watchService, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
        } catch (IOException e) {
            log.warn("Could not watch {}: {}", folder, e.toString());
        }
    }
}
