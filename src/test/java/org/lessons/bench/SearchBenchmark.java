package org.lessons.bench;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.lessons.enrich.Tagger;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonIndex;
import org.lessons.search.SearchProperties;
import org.lessons.search.SearchService;
import org.lessons.search.internal.QueryFactory;
import org.lessons.search.internal.SearchThreads;
import org.lessons.testsupport.TestSearch;

/**
 * Each query class over the same index through {@link SearchService} (spelling check, facet counts, drill-sideways
 * counts, highlighted top 20) and as the same result page built with bare Lucene ({@link LuceneBaseline}); the ratio
 * of the two is what Lessons adds over the work itself. The bare top 20 alone is timed too, as the lower bound the
 * earlier runs compared with.
 */
final class SearchBenchmark {

    private final SearchService service;
    private final LuceneBaseline baseline;

    SearchBenchmark(LessonIndex index, Tagger tagger) {
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        this.service = TestSearch.service(index, tagger);
        this.baseline = new LuceneBaseline(
                index,
                new QueryFactory(analyzers, tagger),
                analyzers.fallback(),
                new SearchThreads(new SearchProperties(0)));
    }

    SearchService service() {
        return service;
    }

    List<Row> run(List<QueryClass> classes, List<LoadRun> loads) {
        List<Row> rows = new ArrayList<>();
        for (QueryClass queryClass : classes) {
            Query bare = baseline.query(queryClass.request());
            long hits = service.search(queryClass.request()).total();
            if (queryClass.afresh() && service.search(queryClass.next()).total() != hits) {
                throw new IllegalStateException(queryClass.name() + " must find every passage the plain one finds");
            }
            for (LoadRun load : loads) {
                LoadRun.Latency lessons = load.measure(() -> service.search(queryClass.next()));
                LoadRun.Latency lucene = load.measure(() -> baseline.page(bare));
                LoadRun.Latency topOnly = load.measure(() -> baseline.topOnly(bare));
                rows.add(new Row(queryClass, hits, load.threads(), lessons, lucene, topOnly));
            }
        }
        return rows;
    }

    /** One query class at one client count: Lessons, the bare Lucene result page, and the bare top 20 alone. */
    record Row(
            QueryClass queryClass,
            long hits,
            int threads,
            LoadRun.Latency lessons,
            LoadRun.Latency lucene,
            LoadRun.Latency topOnly) {
        double medianRatio() {
            return lessons.p50() / lucene.p50();
        }
    }
}
