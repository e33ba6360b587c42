package org.lessons.audit.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.lessons.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes audit entries on a thread of its own, so that recording never slows a search or a download and a
 * database that is slow or failing never fails the user's request: a write that fails is logged and dropped.
 * The queue is bounded, so that a database that stops answering cannot fill the memory; what does not fit is
 * logged as dropped. At shutdown the queue is written out before the database closes, which Spring guarantees by
 * destroying this bean before the repository it depends on.
 */
@Component
public class AuditWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    private static final int QUEUE = 10_000;

    private final AuditRepository repository;
    private final Executor executor;

    @Autowired
    public AuditWriter(AuditRepository repository) {
        this(repository, ownThread());
    }

    /** Writes on the given executor; {@code Runnable::run} writes in the caller's thread. */
    public AuditWriter(AuditRepository repository, Executor executor) {
        this.repository = repository;
        this.executor = executor;
    }

    public void write(AuditEvent event) {
        try {
            executor.execute(() -> insert(event));
        } catch (RejectedExecutionException full) {
            log.warn("The audit log is not keeping up; dropped {} by '{}': {}", event.kind(), event.username(), event);
        }
    }

    private void insert(AuditEvent event) {
        try {
            repository.insert(event);
        } catch (RuntimeException failed) {
            log.warn("Could not write to the audit log, so this entry is lost: {}", event, failed);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        if (executor instanceof ExecutorService own) {
            own.shutdown();
            if (!own.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn(
                        "Stopped before the audit log was written out; {} entries are lost",
                        own.shutdownNow().size());
            }
        }
    }

    private static ExecutorService ownThread() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), task -> {
            Thread thread = new Thread(task, "audit-writer");
            thread.setDaemon(true);
            return thread;
        });
    }
}
