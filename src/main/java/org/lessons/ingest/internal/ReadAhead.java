package org.lessons.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Reads the files of one ingest batch on another thread, a few files ahead of the ingest thread, so that the parse
 * worker reads the next file while the ingest thread writes the current one into the index and both cores work.
 * Decision 0002 still holds: reading writes nothing, and the ingest thread alone applies the readings, one after
 * the other in the order of the files. The bound keeps at most {@code depth} parsed files waiting in memory.
 *
 * @param <T> what reading one file gives
 */
public final class ReadAhead<T> implements AutoCloseable {

    private final List<CompletableFuture<T>> readings = new ArrayList<>();
    private final Semaphore room;
    private volatile boolean closed;
    private int next;

    private <F> ReadAhead(List<F> files, Function<F, T> read, int depth, Executor reader) {
        for (int i = 0; i < files.size(); i++) {
            readings.add(new CompletableFuture<>());
        }
        room = new Semaphore(depth);
        reader.execute(() -> readAll(files, read));
    }

    /**
     * Starts reading the files on the executor's thread.
     *
     * @param depth how many files may be read before the ingest thread has taken them, at least 1
     */
    public static <F, T> ReadAhead<T> start(List<F> files, Function<F, T> read, int depth, Executor reader) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, not " + depth);
        }
        return new ReadAhead<>(files, read, depth, reader);
    }

    /**
     * The reading of the next file, once it is done; what reading it threw is thrown here, for that file alone.
     *
     * @throws NoSuchElementException when every file was taken
     * @throws IllegalStateException when the reading stopped before this file: it was closed, or its thread was
     *     interrupted at shutdown
     */
    public T next() {
        if (next == readings.size()) {
            throw new NoSuchElementException("All " + next + " files were taken");
        }
        CompletableFuture<T> reading = readings.get(next);
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a file to be read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause(); // the reader passes on nothing else
        } finally {
            readings.set(next++, null); // a batch may hold thousands of files; only the ones ahead stay in memory
            room.release();
        }
    }

    /**
     * Reads no further file. A file being read is finished and forgotten: nothing of it was written, so the next
     * scan finds it still to do.
     */
    @Override
    public void close() {
        closed = true;
        room.release(); // wakes the reader if it waits for room, so that it sees it is closed
    }

    private <F> void readAll(List<F> files, Function<F, T> read) {
        int i = 0;
        try {
            for (; i < files.size(); i++) {
                room.acquire();
                if (closed) {
                    return;
                }
                try {
                    readings.get(i).complete(read.apply(files.get(i)));
                } catch (RuntimeException | Error e) {
                    readings.get(i).completeExceptionally(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // whoever still waits for a file learns that it will not come, rather than waiting for ever
            for (; i < files.size(); i++) {
                readings.get(i)
                        .completeExceptionally(new IllegalStateException("Reading stopped before " + files.get(i)));
            }
        }
    }
}
