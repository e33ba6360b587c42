package org.lessons.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.lessons.enrich.Tagger;
import org.lessons.index.FacetDimension;
import org.lessons.index.LessonFields;
import org.lessons.search.FacetValue;
import org.lessons.search.SearchRequest;
import org.springframework.stereotype.Component;

/**
 * Runs a query over passages with the selected filters, in the requested order, and counts facets drill-sideways:
 * each dimension is counted as if its own selection were not applied, which is what multi-select checkboxes need.
 * Every query it runs, the sideways ones included, holds only passages the viewer may see, so totals and facet
 * counts are theirs, and a value found only in hidden passages has no count and is not listed at all.
 */
@Component
public class FacetedSearch {

    private static final Query PASSAGES = new TermQuery(new Term(LessonFields.RECORD, LessonFields.RECORD_PASSAGE));
    private static final int MAX_FACET_VALUES = 200;

    /**
     * A small lift for passages that state a lesson, a good practice, a gap or a recommendation over background
     * with the same words: what practitioners search for. It orders, it never filters.
     */
    private static final Query STATES_A_LESSON = statesALesson(1.0f);

    private final FacetStates states;
    private final FacetLabels labels;
    private final Tagger tagger;
    private final SearchThreads threads;
    private final WordlessOutcomes wordless = new WordlessOutcomes();

    public FacetedSearch(FacetStates states, FacetLabels labels, Tagger tagger, SearchThreads threads) {
        this.states = states;
        this.labels = labels;
        this.tagger = tagger;
        this.threads = threads;
    }

    /**
     * The top hits in the requested order, after the cursor if there is one, and the facet counts. The returned
     * query is the whole filtered query, for counting per document.
     */
    public Outcome search(
            IndexSearcher searcher,
            FacetsConfig config,
            Query userQuery,
            SearchRequest request,
            Visibility visibility,
            int topN,
            FieldDoc after)
            throws IOException {
        BooleanQuery.Builder base = base(userQuery, request, visibility);
        Sort sort = Cursors.sort(request.sort());
        Optional<SortedSetDocValuesReaderState> state = states.forReader(searcher.getIndexReader(), config);
        if (state.isEmpty()) {
            Query query = base.build();
            TopDocs top = searcher.searchAfter(after, query, topN, sort, false);
            return new Outcome(top.totalHits.value, top.scoreDocs, emptyFacets(), query);
        }
        Query filtered = drillDown(config, base.build(), request.filters(), null);
        if (!request.query().isBlank()) {
            return counted(searcher, config, base, filtered, request, state.get(), sort, topN, after);
        }
        IndexReader reader = searcher.getIndexReader();
        Optional<Outcome> known = wordless.find(reader, request, visibility);
        if (known.isPresent()) {
            return known.get();
        }
        Outcome outcome = counted(searcher, config, base, filtered, request, state.get(), sort, topN, after);
        if (!searcher.timedOut()) {
            // a search the time limit stopped counted only part of the passages, and must not be answered again
            wordless.keep(reader, request, visibility, outcome);
        }
        return outcome;
    }

    /** The top hits with the total and the facet counts, drill-sideways for each filtered dimension. */
    private Outcome counted(
            IndexSearcher searcher,
            FacetsConfig config,
            BooleanQuery.Builder base,
            Query filtered,
            SearchRequest request,
            SortedSetDocValuesReaderState state,
            Sort sort,
            int topN,
            FieldDoc after)
            throws IOException {
        FacetsCollectorManager.FacetsResult main = FacetsCollectorManager.searchAfter(
                searcher, after, filtered, topN, sort, false, new FacetsCollectorManager());
        Facets mainCounts = threads.counts(state, main.facetsCollector());
        Map<String, Facets> sideways = new LinkedHashMap<>();
        for (String dimension : request.filters().keySet()) {
            Query withoutOwnFilter = drillDown(config, base.build(), request.filters(), dimension);
            FacetsCollector counts = searcher.search(withoutOwnFilter, new FacetsCollectorManager());
            sideways.put(dimension, threads.counts(state, counts));
        }
        return new Outcome(
                main.topDocs().totalHits.value,
                main.topDocs().scoreDocs,
                facets(indexedDimensions(state), mainCounts, sideways),
                filtered);
    }

    /** How many passages match the query with all the request's filters; nothing is collected, ranked or counted. */
    public int count(
            IndexSearcher searcher, FacetsConfig config, Query userQuery, SearchRequest request, Visibility visibility)
            throws IOException {
        return searcher.count(
                drillDown(config, base(userQuery, request, visibility).build(), request.filters(), null));
    }

    private static BooleanQuery.Builder base(Query userQuery, SearchRequest request, Visibility visibility) {
        BooleanQuery.Builder base = new BooleanQuery.Builder()
                .add(userQuery, Occur.MUST)
                .add(visibility.restrict(PASSAGES), Occur.FILTER)
                .add(STATES_A_LESSON, Occur.SHOULD);
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            base.add(LongField.newRangeQuery(LessonFields.DATE_DAY, from, to), Occur.FILTER);
        }
        if (request.indexedAfter() != null) {
            long after = request.indexedAfter().toEpochMilli();
            base.add(LongField.newRangeQuery(LessonFields.FIRST_INDEXED, after + 1, Long.MAX_VALUE), Occur.FILTER);
        }
        return base;
    }

    /**
     * The query with the selected facet values: values of one dimension are alternatives, dimensions must all
     * hold. Leaving one dimension out gives that dimension's drill-sideways counts, which is what multi-select
     * checkboxes need. This does by hand what Lucene's DrillSideways does, because its scorer cannot run under
     * the searcher's time limit.
     */
    private Query drillDown(FacetsConfig config, Query base, Map<String, List<String>> filters, String leaveOut) {
        DrillDownQuery drillDown = new DrillDownQuery(config, base);
        filters.forEach((dimension, values) -> {
            if (!dimension.equals(leaveOut)) {
                values.forEach(value -> drillDown.add(dimension, path(dimension, value)));
            }
        });
        return drillDown;
    }

    private static Query statesALesson(float boost) {
        BooleanQuery.Builder kinds = new BooleanQuery.Builder();
        for (String kind : List.of("lesson-learned", "good-practice", "gap", "recommendation")) {
            kinds.add(
                    new TermQuery(
                            DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, FacetDimension.KIND.id(), kind)),
                    Occur.SHOULD);
        }
        return new BoostQuery(new ConstantScoreQuery(kinds.build()), boost);
    }

    /** A filter value as a facet path: a tool is filed under its broader tools, so its path comes from the taxonomy. */
    private String[] path(String dimension, String value) {
        if (dimension.equals(FacetDimension.TOOL.id())
                && tagger.taxonomy().concept(value).isPresent()) {
            return tagger.taxonomy().path(value).toArray(String[]::new);
        }
        return new String[] {value};
    }

    /** The dimensions some passage has a value in: Lucene cannot count the others (no tool tagged yet, say). */
    private static Set<String> indexedDimensions(SortedSetDocValuesReaderState state) {
        Set<String> dimensions = new HashSet<>();
        state.getDims().forEach(dimensions::add);
        return dimensions;
    }

    private Map<String, List<FacetValue>> facets(Set<String> indexed, Facets main, Map<String, Facets> sideways)
            throws IOException {
        Map<String, List<FacetValue>> all = new LinkedHashMap<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            List<FacetValue> values = new ArrayList<>();
            if (indexed.contains(dimension.id())) {
                addChildren(sideways.getOrDefault(dimension.id(), main), dimension, new String[0], values);
            }
            all.put(dimension.id(), List.copyOf(values));
        }
        return all;
    }

    /** The values under a path, each followed by its own children when the dimension is a tree. */
    private void addChildren(Facets facets, FacetDimension dimension, String[] path, List<FacetValue> values)
            throws IOException {
        FacetResult result = facets.getTopChildren(MAX_FACET_VALUES, dimension.id(), path);
        if (result == null) {
            return;
        }
        String parent = path.length == 0 ? null : path[path.length - 1];
        for (LabelAndValue entry : result.labelValues) {
            values.add(
                    new FacetValue(entry.label, labels.label(dimension, entry.label), entry.value.longValue(), parent));
            if (dimension.hierarchical()) {
                String[] childPath = java.util.Arrays.copyOf(path, path.length + 1);
                childPath[path.length] = entry.label;
                addChildren(facets, dimension, childPath, values);
            }
        }
    }

    private static Map<String, List<FacetValue>> emptyFacets() {
        Map<String, List<FacetValue>> all = new LinkedHashMap<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            all.put(dimension.id(), List.of());
        }
        return all;
    }

    /** Total matches, the top hits, the counts per dimension, and the filtered query that found them. */
    public record Outcome(long total, ScoreDoc[] hits, Map<String, List<FacetValue>> facets, Query query) {}
}
