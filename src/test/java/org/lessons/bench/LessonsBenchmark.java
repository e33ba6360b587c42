package org.lessons.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lessons.enrich.Tagger;
import org.lessons.index.LessonIndex;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchResult;
import org.lessons.testsupport.TestIndex;

/**
 * Indexing and search figures at each requested size, written as Markdown to {@code target/bench/report.md}
 * and to standard output. It is a program rather than a test so that {@code mvn verify} never runs it and no
 * build ever fails on a timing; {@code docs/BENCHMARKS.md} gives the command.
 *
 * <p>Arguments: passage counts (default {@code 10000 100000}). System property {@code bench.corpus} names the
 * sample corpus (default {@code corpus}).
 */
public final class LessonsBenchmark {

    private static final Path WORK = Path.of("target", "bench");

    /** Two clients per core on this two-core machine shows whether concurrent searches queue or scale. */
    private static final List<LoadRun> LOADS =
            List.of(new LoadRun(1, 200, 2_000, 6_000_000_000L), new LoadRun(4, 100, 4_000, 6_000_000_000L));

    private LessonsBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = args.length == 0
                ? List.of(10_000, 100_000)
                : Arrays.stream(args).map(Integer::parseInt).toList();
        CorpusSample sample = CorpusSample.read(Path.of(System.getProperty("bench.corpus", "corpus")));
        BenchmarkReport report = new BenchmarkReport();
        for (int size : sizes) {
            report.heading(String.format("%,d passages", size)).machine();
            measure(size, sample, report);
            Files.createDirectories(WORK);
            Files.writeString(WORK.resolve("report.md"), report.toString());
        }
        System.out.println(report);
    }

    private static void measure(int size, CorpusSample sample, BenchmarkReport report) throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(sample, SyntheticCorpus.SEED);
        Path untagged = WORK.resolve(size + "-untagged");
        Path tagged = WORK.resolve(size + "-tagged");
        Folders.delete(untagged);
        Folders.delete(tagged);
        List<IndexingBenchmark.Figures> indexing = new ArrayList<>();
        indexing.add(IndexingBenchmark.run(untagged, corpus, size, false));
        Folders.delete(untagged);
        indexing.add(IndexingBenchmark.run(tagged, corpus, size, true));
        report.indexing(indexing);

        search(tagged, sample, report);
    }

    /** Opens the tagged index as at start-up, then runs the query classes, reading heap before, during and after. */
    private static void search(Path dataDir, CorpusSample sample, BenchmarkReport report) throws IOException {
        Tagger tagger = TestIndex.tagger(dataDir);
        long start = System.nanoTime();
        try (LessonIndex index = TestIndex.open(dataDir)) {
            long opened = System.nanoTime();
            SearchBenchmark search = new SearchBenchmark(index, tagger);
            SearchResult browse = search.service().search(SearchRequest.of(""));
            long searched = System.nanoTime();
            long heapOpen = Heap.usedAfterGc();
            List<SearchBenchmark.Row> rows;
            long heapPeak;
            try (Heap.Peak peak = Heap.Peak.start()) {
                rows = search.run(QueryClass.of(sample, browse), LOADS);
                heapPeak = peak.bytes();
            }
            report.search(rows)
                    .serving(new Serving(
                            (opened - start) / 1e9, (searched - opened) / 1e9, heapOpen, heapPeak, Heap.usedAfterGc()));
        }
    }
}
