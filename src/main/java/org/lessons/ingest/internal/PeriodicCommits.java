package org.lessons.ingest.internal;

import java.time.Duration;

/**
 * Commits a long run of index writes (an ingest, a re-tag) every so often. Each commit syncs the index to disk, which
 * cost more than indexing a file when it came every 25 files; committing by time instead bounds what a crash costs
 * again by how long it takes to redo, whatever the pace of the run.
 */
public final class PeriodicCommits {

    private final Runnable commit;
    private final long intervalNanos;
    private long last = System.nanoTime();

    public PeriodicCommits(Runnable commit, Duration interval) {
        this.commit = commit;
        this.intervalNanos = interval.toNanos();
    }

    /** Commits if the interval has passed since the last commit; answers whether it did. */
    public boolean afterWrite() {
        if (System.nanoTime() - last < intervalNanos) {
            return false;
        }
        commit.run();
        last = System.nanoTime();
        return true;
    }
}
