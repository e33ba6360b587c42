package org.lessons.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.lessons.enrich.Tagger;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonFields;
import org.lessons.index.LessonIndex;
import org.lessons.index.SearcherLease;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchService;
import org.lessons.search.internal.QueryFactory;
import org.lessons.testsupport.TestSearch;

/**
 * Each query class twice over the same index: through {@link SearchService} (spelling check, facet counts,
 * drill-sideways counts, highlighted top 20), and as the bare Lucene query that finds the same passages (the
 * parsed words, the passage filter and the facet selections, top 20 by score, nothing stored read). The ratio
 * of the two is what Lessons adds over the physical limit.
 */
final class SearchBenchmark {

    private static final Query PASSAGES = new TermQuery(new Term(LessonFields.RECORD, LessonFields.RECORD_PASSAGE));
    private static final int TOP = 20;

    private final LessonIndex index;
    private final SearchService service;
    private final QueryFactory queries;

    SearchBenchmark(LessonIndex index, Tagger tagger) {
        this.index = index;
        this.service = TestSearch.service(index, tagger);
        this.queries = new QueryFactory(new LanguageAnalyzers(), tagger);
    }

    SearchService service() {
        return service;
    }

    List<Row> run(List<QueryClass> classes, List<LoadRun> loads) {
        List<Row> rows = new ArrayList<>();
        for (QueryClass queryClass : classes) {
            Query bare = bareQuery(queryClass.request());
            long hits = service.search(queryClass.request()).total();
            for (LoadRun load : loads) {
                LoadRun.Latency lessons = load.measure(() -> service.search(queryClass.request()));
                LoadRun.Latency lucene = load.measure(() -> searchBare(bare));
                rows.add(new Row(queryClass, hits, load.threads(), lessons, lucene));
            }
        }
        return rows;
    }

    private Query bareQuery(SearchRequest request) {
        Query words = new BooleanQuery.Builder()
                .add(queries.parse(request.query(), false).query(), Occur.MUST)
                .add(PASSAGES, Occur.FILTER)
                .build();
        DrillDownQuery filtered = new DrillDownQuery(index.facetsConfig(), words);
        request.filters().forEach((dimension, values) -> values.forEach(value -> filtered.add(dimension, value)));
        return filtered;
    }

    private void searchBare(Query query) {
        try (SearcherLease lease = index.acquire()) {
            lease.searcher().search(query, TOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One query class at one client count: Lessons and bare Lucene side by side. */
    record Row(QueryClass queryClass, long hits, int threads, LoadRun.Latency lessons, LoadRun.Latency lucene) {
        double medianRatio() {
            return lessons.p50() / lucene.p50();
        }
    }
}
