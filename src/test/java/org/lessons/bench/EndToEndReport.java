package org.lessons.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/** The figures of an end-to-end run as Markdown tables, ready to paste into {@code docs/BENCHMARKS.md}. */
final class EndToEndReport {

    private final StringBuilder text = new StringBuilder();
    private boolean ingestHeader;

    /** One ingest: how many files, how many passages they gave, and how long parse-to-commit took. */
    record Ingest(int files, int passages, double seconds) {}

    /** One query class at one client count, through the REST API and in process. */
    record SearchRow(QueryClass queryClass, int threads, LoadRun.Latency rest, LoadRun.Latency inProcess) {}

    void heading(int size) {
        text.append(String.format(Locale.ROOT, "### End to end, %,d text/HTML passages%n%n", size));
        text.append(String.format(
                Locale.ROOT,
                "Machine: %d cores, max heap %d MB, Java %s, load average %.2f at the start.%n%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        ingestHeader = false;
    }

    void ingest(String format, CorpusFiles.FileSet files, Ingest ingest, double tikaSeconds, double luceneSeconds) {
        if (!ingestHeader) {
            text.append("| format | files | MB | passages | pages | Lessons s | passages/s | pages/s | MB/s "
                    + "| Tika alone s | Lucene alone s | Lessons / (Tika + Lucene) |\n");
            text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            ingestHeader = true;
        }
        double mb = files.bytes() / 1e6;
        text.append(String.format(
                Locale.ROOT,
                "| %s | %,d | %.1f | %,d | %s | %.1f | %,.0f | %s | %.2f | %.1f | %.1f | %.1fx |%n",
                format,
                ingest.files(),
                mb,
                ingest.passages(),
                files.pages() == 0 ? "" : String.format(Locale.ROOT, "%,d", files.pages()),
                ingest.seconds(),
                ingest.passages() / ingest.seconds(),
                files.pages() == 0 ? "" : String.format(Locale.ROOT, "%,.0f", files.pages() / ingest.seconds()),
                mb / ingest.seconds(),
                tikaSeconds,
                luceneSeconds,
                ingest.seconds() / (tikaSeconds + luceneSeconds)));
    }

    void search(List<SearchRow> rows) {
        text.append("\n| query class | clients | REST p50 / p95 / p99 ms | REST q/s | in-process p50 / p95 / p99 ms "
                + "| in-process q/s | REST / in-process p50 |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (SearchRow row : rows) {
            text.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %,.0f | %s | %,.0f | %.1fx |%n",
                    row.queryClass().name(),
                    row.threads(),
                    percentiles(row.rest()),
                    row.rest().perSecond(),
                    percentiles(row.inProcess()),
                    row.inProcess().perSecond(),
                    row.rest().p50() / row.inProcess().p50()));
        }
    }

    void memory(long heapAfterIngest, long heapPeakUnderLoad, long heapAfterLoad, long indexBytes) {
        text.append(
                "\n| heap after ingest (after GC) MB | heap peak under search load MB | heap after load (after GC) MB "
                        + "| index MB |\n");
        text.append("|---:|---:|---:|---:|\n");
        text.append(String.format(
                Locale.ROOT,
                "| %d | %d | %d | %.1f |%n",
                heapAfterIngest >> 20,
                heapPeakUnderLoad >> 20,
                heapAfterLoad >> 20,
                indexBytes / 1e6));
    }

    void startUp(double readySeconds, double scannedSeconds) {
        text.append(String.format(
                Locale.ROOT,
                "%nStart-up on the ingested data: ready in %.1f s, first scan of the unchanged corpus done at %.1f s.%n%n",
                readySeconds,
                scannedSeconds));
    }

    private static String percentiles(LoadRun.Latency latency) {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", latency.p50(), latency.p95(), latency.p99());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
