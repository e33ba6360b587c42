package org.lessons.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.lessons.index.IndexedDocument;
import org.lessons.index.IndexedPassage;
import org.lessons.ingest.IngestOutcome;

/**
 * Lessons as a practitioner meets it: generated files ingested by the running application (parse in the worker,
 * split, guess languages, tag, index, commit), searches through {@code /api/search} beside the same searches in
 * process, heap, index size and start-up. Each ingest figure is set against Tika alone and Lucene alone on the same
 * data, so the overhead of Lessons is a ratio from one run. Written to {@code target/bench/end-to-end.md}.
 *
 * <p>Arguments: passage counts of the text/HTML corpus (default {@code 10000}); the PDF corpus has a tenth as many
 * passages (at least 500).
 */
public final class EndToEndBenchmark {

    private static final Path WORK = Path.of("target", "bench");
    private static final List<LoadRun> LOADS =
            List.of(new LoadRun(1, 100, 1_000, 5_000_000_000L), new LoadRun(4, 50, 2_000, 5_000_000_000L));

    private EndToEndBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = args.length == 0
                ? List.of(10_000)
                : Arrays.stream(args).map(Integer::parseInt).toList();
        CorpusSample sample = CorpusSample.read(Path.of(System.getProperty("bench.corpus", "corpus")));
        EndToEndReport report = new EndToEndReport();
        for (int size : sizes) {
            report.heading(size);
            measure(size, sample, report);
            Files.writeString(WORK.resolve("end-to-end.md"), report.toString());
        }
        System.out.println(report);
        System.exit(0);
    }

    private static void measure(int size, CorpusSample sample, EndToEndReport report) throws IOException {
        Path root = WORK.resolve("end-to-end-" + size);
        Folders.delete(root);
        Path data = root.resolve("data");
        Path corpus = root.resolve("corpus");
        SyntheticCorpus generator = new SyntheticCorpus(sample);
        List<IndexedDocument> textDocuments = generator.documents(size);
        List<IndexedDocument> pdfDocuments = generator.documents(Math.max(500, size / 10));
        CorpusFiles.FileSet text = CorpusFiles.writeTextAndHtml(textDocuments, root.resolve("staged/text"));
        CorpusFiles.FileSet pdf = CorpusFiles.writePdf(pdfDocuments, root.resolve("staged/pdf"));
        Files.createDirectories(corpus);

        double tikaText = Baselines.tikaSeconds(text.files());
        double tikaPdf = Baselines.tikaSeconds(pdf.files());
        double luceneText = Baselines.luceneSeconds(texts(textDocuments), root.resolve("bare-lucene-text"));
        double lucenePdf = Baselines.luceneSeconds(texts(pdfDocuments), root.resolve("bare-lucene-pdf"));

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (RunningApp app = RunningApp.start(data, corpus)) {
            report.ingest(
                    "text/HTML", text, timedIngest(app, root.resolve("staged/text"), corpus), tikaText, luceneText);
            report.ingest("PDF", pdf, timedIngest(app, root.resolve("staged/pdf"), corpus), tikaPdf, lucenePdf);
            long heapAfterIngest = usedAfterGc(memory);

            List<QueryClass> classes = QueryClass.of(sample, app.search(org.lessons.search.SearchRequest.of("")));
            RestSearch rest = new RestSearch(app.port(), "admin", RunningApp.PASSWORD);
            List<EndToEndReport.SearchRow> rows = new ArrayList<>();
            long peak;
            try (HeapPeak sampler = HeapPeak.start(memory)) {
                for (QueryClass queryClass : classes) {
                    for (LoadRun load : LOADS) {
                        rows.add(new EndToEndReport.SearchRow(
                                queryClass,
                                load.threads(),
                                load.measure(() -> rest.search(queryClass.request())),
                                load.measure(() -> app.search(queryClass.request()))));
                    }
                }
                peak = sampler.peak();
            }
            report.search(rows);
            report.memory(heapAfterIngest, peak, usedAfterGc(memory), Folders.size(data.resolve("index")));
        }
        long start = System.nanoTime();
        try (RunningApp again = RunningApp.start(data, corpus)) {
            report.startUp(again.startSeconds(), (System.nanoTime() - start) / 1e9);
        }
    }

    /** Moves the staged files into the corpus folder (a rename, not timed) and ingests them (timed). */
    private static EndToEndReport.Ingest timedIngest(RunningApp app, Path staged, Path corpus) throws IOException {
        Path target = corpus.resolve(staged.getFileName());
        Files.move(staged, target);
        long start = System.nanoTime();
        List<IngestOutcome> outcomes = app.ingest(List.of(target));
        double seconds = (System.nanoTime() - start) / 1e9;
        long failed = outcomes.stream()
                .filter(o -> o.status() == IngestOutcome.Status.FAILED)
                .count();
        if (failed > 0) {
            throw new IllegalStateException(failed + " generated files failed to ingest, e.g. "
                    + outcomes.stream()
                            .filter(o -> o.status() == IngestOutcome.Status.FAILED)
                            .findFirst()
                            .orElseThrow());
        }
        int passages = outcomes.stream().mapToInt(IngestOutcome::passages).sum();
        return new EndToEndReport.Ingest(outcomes.size(), passages, seconds);
    }

    private static List<String> texts(List<IndexedDocument> documents) {
        return documents.stream()
                .flatMap(d -> d.passages().stream())
                .map(IndexedPassage::text)
                .toList();
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The most heap in use (live and garbage) seen every 20 ms while it runs. */
    private static final class HeapPeak implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        private HeapPeak(MemoryMXBean memory) {
            thread = new Thread(
                    () -> {
                        while (running.get()) {
                            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
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

        static HeapPeak start(MemoryMXBean memory) {
            HeapPeak sampler = new HeapPeak(memory);
            sampler.thread.start();
            return sampler;
        }

        long peak() {
            return peak.get();
        }

        @Override
        public void close() {
            running.set(false);
            thread.interrupt();
        }
    }
}
