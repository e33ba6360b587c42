package org.lessons.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/** The figures of one run as Markdown tables, ready to paste into {@code docs/BENCHMARKS.md}. */
final class BenchmarkReport {

    private final StringBuilder text = new StringBuilder();

    BenchmarkReport machine() {
        text.append(String.format(
                Locale.ROOT,
                "Machine: %d cores, max heap %d MB, Java %s (%s), load average %.2f at the start of this size.%n%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return this;
    }

    BenchmarkReport indexing(List<IndexingBenchmark.Figures> runs) {
        text.append("| passages | tagging | seconds | passages/s | index MB | bytes/passage |\n");
        text.append("|---:|---|---:|---:|---:|---:|\n");
        for (IndexingBenchmark.Figures run : runs) {
            text.append(String.format(
                    Locale.ROOT,
                    "| %,d | %s | %.1f | %,.0f | %.1f | %,.0f |%n",
                    run.passages(),
                    run.tagging() ? "yes" : "no",
                    run.seconds(),
                    run.passagesPerSecond(),
                    run.indexBytes() / 1e6,
                    run.bytesPerPassage()));
        }
        text.append('\n');
        return this;
    }

    BenchmarkReport search(List<SearchBenchmark.Row> rows) {
        text.append("| query class | words | hits | clients | Lessons p50 / p95 / p99 ms | Lessons q/s "
                + "| Lucene p50 / p95 / p99 ms | Lucene q/s | p50 ratio | bare top-20 p50 ms | samples |\n");
        text.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SearchBenchmark.Row row : rows) {
            text.append(String.format(
                    Locale.ROOT,
                    "| %s | `%s` | %,d | %d | %s | %,.0f | %s | %,.0f | %.1fx | %.2f | %d / %d / %d |%n",
                    row.queryClass().name(),
                    row.queryClass().words(),
                    row.hits(),
                    row.threads(),
                    percentiles(row.lessons()),
                    row.lessons().perSecond(),
                    percentiles(row.lucene()),
                    row.lucene().perSecond(),
                    row.medianRatio(),
                    row.topOnly().p50(),
                    row.lessons().samples(),
                    row.lucene().samples(),
                    row.topOnly().samples()));
        }
        text.append('\n');
        return this;
    }

    BenchmarkReport serving(Serving serving) {
        text.append("| index open s | first search s | heap with the index open (after GC) MB "
                + "| heap peak under search load MB | heap after the load (after GC) MB |\n");
        text.append("|---:|---:|---:|---:|---:|\n");
        text.append(String.format(
                Locale.ROOT,
                "| %.2f | %.2f | %d | %d | %d |%n%n",
                serving.openSeconds(),
                serving.firstSearchSeconds(),
                serving.heapOpen() >> 20,
                serving.heapPeak() >> 20,
                serving.heapAfterLoad() >> 20));
        return this;
    }

    BenchmarkReport heading(String heading) {
        text.append("### ").append(heading).append("\n\n");
        return this;
    }

    private static String percentiles(LoadRun.Latency latency) {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", latency.p50(), latency.p95(), latency.p99());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
