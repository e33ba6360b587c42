package org.lessons.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.lessons.index.LessonFields;
import org.lessons.index.LessonIndex;
import org.lessons.index.SearcherLease;
import org.lessons.search.SearchRequest;
import org.lessons.search.internal.FacetStates;
import org.lessons.search.internal.QueryFactory;
import org.lessons.search.internal.SearchThreads;

/**
 * A search page written straight against Lucene, so that the ratio to Lessons is what Lessons adds and not the work
 * any such page must do: the same passages found, every facet dimension counted over all of them, the top 20 by
 * relevance with the same tie-break, their stored fields read once and their text highlighted. What Lessons does
 * beyond that (the spelling check, drill-sideways counts for each selected dimension, the lift for passages that
 * state a lesson, the visibility filter, name withholding) is left out on purpose, so that it shows in the ratio.
 */
final class LuceneBaseline {

    private static final Query PASSAGES = new TermQuery(new Term(LessonFields.RECORD, LessonFields.RECORD_PASSAGE));
    private static final int TOP = 20;
    /** As many values per dimension as Lessons lists. */
    private static final int FACET_VALUES = 200;
    /** Sentences per snippet, and the longest text highlighted, as in Lessons. */
    private static final int SNIPPET_SENTENCES = 2;

    private static final int HIGHLIGHT_LENGTH = 100_000;
    /** Lessons' default order: score, ties broken by the passage id. */
    private static final Sort RELEVANCE =
            new Sort(SortField.FIELD_SCORE, new SortedSetSortField(LessonFields.PASSAGE_ID, false));

    private final LessonIndex index;
    private final QueryFactory queries;
    private final Analyzer analyzer;
    /** Built once per reader, on the first (untimed, warm-up) search, as Lessons builds its own. */
    private final FacetStates states = new FacetStates();
    /** The cores Lessons searches on, used the same way: Lucene's sliced searcher and per-segment counting. */
    private final SearchThreads threads;

    LuceneBaseline(LessonIndex index, QueryFactory queries, Analyzer analyzer, SearchThreads threads) {
        this.index = index;
        this.queries = queries;
        this.analyzer = analyzer;
        this.threads = threads;
    }

    /** The query that finds the request's passages: the parsed words, the passage filter, the facet selections. */
    Query query(SearchRequest request) {
        Query words = new BooleanQuery.Builder()
                .add(queries.parse(request.query(), false).query(), Occur.MUST)
                .add(PASSAGES, Occur.FILTER)
                .build();
        DrillDownQuery filtered = new DrillDownQuery(index.facetsConfig(), words);
        request.filters().forEach((dimension, values) -> values.forEach(value -> filtered.add(dimension, value)));
        return filtered;
    }

    /** A result page: facet counts, top 20 in order, their stored fields and snippets. */
    void page(Query query) {
        try (SearcherLease lease = index.acquire()) {
            IndexSearcher searcher = threads.searcher(lease.searcher().getIndexReader());
            FacetsConfig config = index.facetsConfig();
            SortedSetDocValuesReaderState state =
                    states.forReader(searcher.getIndexReader(), config).orElseThrow();
            // no second scoring pass: sorted by score, the hits carry their scores in their sort values
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.searchAfter(
                    searcher, null, query, TOP, RELEVANCE, false, new FacetsCollectorManager());
            Facets facets = threads.counts(state, result.facetsCollector());
            for (String dimension : state.getDims()) {
                topChildren(facets, config, dimension, new String[0]);
            }
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : result.topDocs().scoreDocs) {
                stored.document(hit.doc);
            }
            // rewritten first, as Lessons does, so that fuzzy terms are matched once and not again in every hit
            UnifiedHighlighter.builder(searcher, analyzer)
                    .withMaxNoHighlightPassages(SNIPPET_SENTENCES)
                    .withMaxLength(HIGHLIGHT_LENGTH)
                    .build()
                    .highlight(LessonFields.TEXT, searcher.rewrite(query), result.topDocs(), SNIPPET_SENTENCES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top 20 by score and nothing else: the lower bound, kept to compare with earlier runs. */
    void topOnly(Query query) {
        try (SearcherLease lease = index.acquire()) {
            lease.searcher().search(query, TOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values under a path, and under each of them in a hierarchical dimension, as a facet tree is shown. */
    private static void topChildren(Facets facets, FacetsConfig config, String dimension, String[] path)
            throws IOException {
        FacetResult result = facets.getTopChildren(FACET_VALUES, dimension, path);
        if (result == null || !config.getDimConfig(dimension).hierarchical) {
            return;
        }
        for (LabelAndValue child : result.labelValues) {
            String[] childPath = Arrays.copyOf(path, path.length + 1);
            childPath[path.length] = child.label;
            topChildren(facets, config, dimension, childPath);
        }
    }
}
