package org.lessons.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.lessons.index.FacetDimension;
import org.lessons.index.LessonFields;
import org.lessons.search.FacetValue;
import org.springframework.stereotype.Component;

/**
 * Runs a query over passages with the selected filters and counts facets drill-sideways: each dimension is
 * counted as if its own selection were not applied, which is what multi-select checkboxes need.
 */
@Component
public class FacetedSearch {

    private static final Query PASSAGES = new TermQuery(new Term(LessonFields.RECORD, LessonFields.RECORD_PASSAGE));
    private static final int MAX_FACET_VALUES = 200;

    private final FacetStates states;

    public FacetedSearch(FacetStates states) {
        this.states = states;
    }

    /** The top hits and facet counts; {@code hits} holds the first {@code topN} in score order. */
    public Outcome search(IndexSearcher searcher, FacetsConfig config, Query userQuery, Map<String, List<String>> filters, int topN)
            throws IOException {
        Query base = new BooleanQuery.Builder().add(userQuery, Occur.MUST).add(PASSAGES, Occur.FILTER).build();
        Optional<SortedSetDocValuesReaderState> state = states.forReader(searcher.getIndexReader(), config);
        if (state.isEmpty()) {
            TopDocs top = searcher.search(base, topN);
            return new Outcome(top.totalHits.value, top.scoreDocs, emptyFacets());
        }
        DrillDownQuery drillDown = new DrillDownQuery(config, base);
        filters.forEach((dimension, values) -> values.forEach(value -> drillDown.add(dimension, value)));
        DrillSideways sideways = new DrillSideways(searcher, config, state.get());
        DrillSideways.DrillSidewaysResult result = sideways.search(drillDown, topN);
        return new Outcome(result.hits.totalHits.value, result.hits.scoreDocs, facets(result.facets));
    }

    private static Map<String, List<FacetValue>> facets(Facets facets) throws IOException {
        Map<String, List<FacetValue>> all = new LinkedHashMap<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            List<FacetValue> values = new ArrayList<>();
            FacetResult result = topChildren(facets, dimension);
            if (result != null) {
                for (LabelAndValue entry : result.labelValues) {
                    values.add(new FacetValue(entry.label, dimension.label(entry.label), entry.value.longValue()));
                }
            }
            all.put(dimension.id(), List.copyOf(values));
        }
        return all;
    }

    private static FacetResult topChildren(Facets facets, FacetDimension dimension) throws IOException {
        try {
            return facets.getTopChildren(MAX_FACET_VALUES, dimension.id());
        } catch (IllegalArgumentException notIndexedYet) {
            return null;
        }
    }

    private static Map<String, List<FacetValue>> emptyFacets() {
        Map<String, List<FacetValue>> all = new LinkedHashMap<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            all.put(dimension.id(), List.of());
        }
        return all;
    }

    /** Total matches, the top hits, and the counts per dimension. */
    public record Outcome(long total, ScoreDoc[] hits, Map<String, List<FacetValue>> facets) {}
}
