package org.lessons.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one operation from several client threads and reports its latency percentiles and throughput. Each
 * thread first runs the operation untimed until the JIT has compiled its hot paths, then timed until either
 * its share of the iterations is done or the time budget is spent, whichever is first, so that slow query
 * classes do not make a run take minutes while fast ones still get thousands of samples.
 *
 * @param threads concurrent clients, each issuing the next request as soon as the previous one is answered
 */
record LoadRun(int threads, int warmUpIterations, int iterations, long budgetNanos) {

    Latency measure(Runnable operation) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                clients.add(pool.submit(() -> warmUp(operation)));
            }
            join(clients);
            clients.clear();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                clients.add(pool.submit(() -> timed(operation, start)));
            }
            List<long[]> samples = join(clients);
            double wallSeconds = (System.nanoTime() - start) / 1e9;
            return Latency.of(samples, wallSeconds);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Stops early, after half the time budget, when a slow class would otherwise spend minutes warming up. */
    private long[] warmUp(Runnable operation) {
        long start = System.nanoTime();
        for (int i = 0; i < warmUpIterations && System.nanoTime() - start < budgetNanos / 2; i++) {
            operation.run();
        }
        return new long[0];
    }

    private long[] timed(Runnable operation, long start) {
        long[] latencies = new long[iterations / threads];
        int done = 0;
        while (done < latencies.length && System.nanoTime() - start < budgetNanos) {
            long before = System.nanoTime();
            operation.run();
            latencies[done++] = System.nanoTime() - before;
        }
        return Arrays.copyOf(latencies, done);
    }

    private static List<long[]> join(List<Future<long[]>> clients) {
        List<long[]> results = new ArrayList<>();
        for (Future<long[]> client : clients) {
            try {
                results.add(client.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while measuring", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("A measured operation failed", e.getCause());
            }
        }
        return results;
    }

    /** Latency percentiles in milliseconds, and completed operations per second across all clients. */
    record Latency(int samples, double p50, double p95, double p99, double perSecond) {
        static Latency of(List<long[]> perClient, double wallSeconds) {
            long[] all =
                    perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            if (all.length == 0) {
                throw new IllegalStateException("No timed sample within the budget");
            }
            return new Latency(
                    all.length, millis(all, 0.50), millis(all, 0.95), millis(all, 0.99), all.length / wallSeconds);
        }

        private static double millis(long[] sorted, double quantile) {
            int rank = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, rank)] / 1e6;
        }
    }
}
