package org.lessons.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap as the speed targets judge it: what stays live (read after a full GC) and the most in use while searches
 * run, garbage included, which is what the fixed benchmark heap must hold before the collector catches up.
 */
final class Heap {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private Heap() {}

    /** Bytes in use after a full GC. */
    static long usedAfterGc() {
        MEMORY.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** The most heap in use (live and garbage) seen every 20 ms while it runs. */
    static final class Peak implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        private Peak() {
            thread = new Thread(
                    () -> {
                        while (running.get()) {
                            peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                            try {
                                Thread.sleep(20);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-peak");
            thread.setDaemon(true);
        }

        static Peak start() {
            Peak sampler = new Peak();
            sampler.thread.start();
            return sampler;
        }

        long bytes() {
            return peak.get();
        }

        @Override
        public void close() {
            running.set(false);
            thread.interrupt();
        }
    }
}
