package org.lessons.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lessons.ingest.IngestOutcome;

/**
 * Lessons as a practitioner meets it: generated files ingested by the running application (parse in the worker,
 * split, guess languages, tag, index, commit), searches through {@code /api/search} beside the same searches in
 * process, heap, index size and start-up. Each ingest figure is set against Tika alone and Lucene alone on the same
 * data, so the overhead of Lessons is a ratio from one run. Written to {@code target/bench/end-to-end.md}.
 *
 * <p>Arguments: passage counts of the text/HTML corpus (default {@code 10000}); the PDF corpus has a tenth as many
 * passages (at least 500, at most 10,000).
 */
public final class EndToEndBenchmark {

    private static final Path WORK = Path.of("target", "bench");
    private static final List<LoadRun> LOADS =
            List.of(new LoadRun(1, 100, 1_000, 5_000_000_000L), new LoadRun(4, 50, 2_000, 5_000_000_000L));

    /** Pages per second settle within a few thousand passages; more PDFs at 1M would only lengthen the run. */
    private static final int MAX_PDF_PASSAGES = 10_000;

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
        SyntheticCorpus textCorpus = new SyntheticCorpus(sample, SyntheticCorpus.SEED);
        SyntheticCorpus pdfCorpus = new SyntheticCorpus(sample, SyntheticCorpus.SEED + 1);
        int pdfPassages = Math.min(MAX_PDF_PASSAGES, Math.max(500, size / 10));
        CorpusFiles.FileSet text = CorpusFiles.writeTextAndHtml(textCorpus, size, root.resolve("staged/text"));
        CorpusFiles.FileSet pdf = CorpusFiles.writePdf(pdfCorpus, pdfPassages, root.resolve("staged/pdf"));
        Files.createDirectories(corpus);

        double tikaText = Baselines.tikaSeconds(text.files());
        double tikaPdf = Baselines.tikaSeconds(pdf.files());
        double luceneText = Baselines.luceneSeconds(textCorpus, size, root.resolve("bare-lucene-text"));
        double lucenePdf = Baselines.luceneSeconds(pdfCorpus, pdfPassages, root.resolve("bare-lucene-pdf"));

        try (RunningApp app = RunningApp.start(data, corpus)) {
            report.ingest(
                    "text/HTML", text, timedIngest(app, root.resolve("staged/text"), corpus), tikaText, luceneText);
            report.ingest("PDF", pdf, timedIngest(app, root.resolve("staged/pdf"), corpus), tikaPdf, lucenePdf);
            long heapAfterIngest = Heap.usedAfterGc();

            List<QueryClass> classes = QueryClass.of(sample, app.search(org.lessons.search.SearchRequest.of("")));
            RestSearch rest = new RestSearch(app.port(), "admin", RunningApp.PASSWORD);
            List<EndToEndReport.SearchRow> rows = new ArrayList<>();
            long peak;
            try (Heap.Peak sampler = Heap.Peak.start()) {
                // the browse counted afresh varies an earliest date, which these files' passages do not have
                for (QueryClass queryClass :
                        classes.stream().filter(c -> !c.afresh()).toList()) {
                    for (LoadRun load : LOADS) {
                        rows.add(new EndToEndReport.SearchRow(
                                queryClass,
                                load.threads(),
                                load.measure(() -> rest.search(queryClass.next())),
                                load.measure(() -> app.search(queryClass.next()))));
                    }
                }
                peak = sampler.bytes();
            }
            report.search(rows);
            report.memory(heapAfterIngest, peak, Heap.usedAfterGc(), Folders.size(data.resolve("index")));
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
}
