package org.lessons.ingest.internal;

import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.lessons.ingest.IngestProperties;
import org.lessons.ingest.InsufficientStorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Holds the folder's ingest while it cannot go on (a disk below its minimum free space, an index write that
 * failed), says why for the status, and lets it go by itself: at every {@code space-check-interval} it looks at the
 * free space and, once there is room again, runs a full scan, which picks up whatever changed or was lost
 * meanwhile. Nobody has to restart Lessons after freeing space.
 */
@Component
public class IngestPause {

    private static final Logger log = LoggerFactory.getLogger(IngestPause.class);

    private final DiskSpaceGuard guard;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ingest-pause");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String reason;
    private volatile Runnable resume = () -> {};

    public IngestPause(DiskSpaceGuard guard, IngestProperties properties) {
        this.guard = guard;
        long interval = properties.spaceCheckInterval().toMillis();
        checker.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** What to run when ingest may go on again: a scan of the whole folder. */
    public void resumeWith(Runnable scan) {
        this.resume = scan;
    }

    /** Pauses ingest for the reason given, which the status shows until it resumes. */
    public void hold(String why) {
        if (!why.equals(reason)) {
            log.warn("Ingest paused: {}", why);
        }
        reason = why;
    }

    /** Why ingest is paused, or empty while it runs. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** Pauses as soon as a disk runs short, even with no work waiting, so that the status says so; else resumes. */
    /**
     * Never throws: an exception would cancel every later check of the scheduled executor, and ingest would stay
     * paused for good.
     */
    private void check() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            log.warn("Could not check the free space; checking again in a moment: {}", e.toString());
        }
    }

    private void checkNow() {
        Optional<InsufficientStorageException> shortage = guard.shortage();
        if (shortage.isPresent()) {
            hold(shortage.get().getMessage());
            return;
        }
        if (reason == null) {
            return;
        }
        log.info("Ingest resumes: the disks have room; scanning the corpus folder for what was missed");
        reason = null;
        resume.run();
    }

    @PreDestroy
    public void stop() {
        checker.shutdownNow();
    }
}
