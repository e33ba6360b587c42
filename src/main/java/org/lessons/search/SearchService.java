package org.lessons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.lessons.index.FacetDimension;
import org.lessons.index.LessonFields;
import org.lessons.index.LessonIndex;
import org.lessons.index.SearcherLease;
import org.lessons.search.internal.FacetedSearch;
import org.lessons.search.internal.QueryFactory;
import org.lessons.search.internal.Snippets;
import org.springframework.stereotype.Service;

/**
 * Answers searches over passages: matching, facet counts, highlighting and paging. Requests and results are
 * plain records, so the REST API and the UI never see Lucene.
 */
@Service
public class SearchService {

    static final String ANY_TERM_NOTICE = "No passage contains all of your words; showing passages that contain any of them.";

    private final LessonIndex index;
    private final QueryFactory queries;
    private final FacetedSearch facetedSearch;
    private final Snippets snippets;

    public SearchService(LessonIndex index, QueryFactory queries, FacetedSearch facetedSearch, Snippets snippets) {
        this.index = index;
        this.queries = queries;
        this.facetedSearch = facetedSearch;
        this.snippets = snippets;
    }

    /** The facet dimensions a request may filter by, by id. */
    public List<String> dimensions() {
        return Arrays.stream(FacetDimension.values()).map(FacetDimension::id).toList();
    }

    public SearchResult search(SearchRequest request) {
        checkFilters(request);
        try (SearcherLease lease = index.acquire()) {
            IndexSearcher searcher = lease.searcher();
            QueryFactory.UserQuery query = queries.parse(request.query(), false);
            FacetedSearch.Outcome outcome = run(searcher, query, request);
            String notice = query.notice();
            if (outcome.total() == 0 && query.terms() > 1) {
                query = queries.parse(request.query(), true);
                outcome = run(searcher, query, request);
                notice = notice == null ? ANY_TERM_NOTICE : notice + " " + ANY_TERM_NOTICE;
            }
            List<Hit> hits = hits(searcher, query, outcome.hits(), request);
            return new SearchResult(outcome.total(), request.page(), request.size(), hits, outcome.facets(), notice);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed: " + e.getMessage(), e);
        }
    }

    private FacetedSearch.Outcome run(IndexSearcher searcher, QueryFactory.UserQuery query, SearchRequest request)
            throws IOException {
        int topN = (request.page() + 1) * request.size();
        return facetedSearch.search(searcher, index.facetsConfig(), query.query(), request.filters(), topN);
    }

    private List<Hit> hits(IndexSearcher searcher, QueryFactory.UserQuery query, ScoreDoc[] top, SearchRequest request)
            throws IOException {
        int from = Math.min(top.length, request.page() * request.size());
        ScoreDoc[] page = Arrays.copyOfRange(top, from, top.length);
        String[] highlighted = snippets.highlight(searcher, query.query(), page);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc);
            IndexableField pageField = doc.getField(LessonFields.PAGE);
            String date = doc.get(LessonFields.DATE);
            hits.add(new Hit(
                    doc.get(LessonFields.PASSAGE_ID),
                    doc.get(LessonFields.DOCUMENT_ID),
                    doc.get(LessonFields.TITLE),
                    doc.get(LessonFields.SECTION),
                    pageField == null ? null : pageField.numericValue().intValue(),
                    highlighted[i],
                    date == null ? null : LocalDate.parse(date),
                    doc.get(LessonFields.LANGUAGE),
                    doc.get(LessonFields.DOC_TYPE)));
        }
        return hits;
    }

    private void checkFilters(SearchRequest request) {
        List<String> unknown = request.filters().keySet().stream()
                .filter(dimension -> FacetDimension.fromId(dimension).isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidSearchException("Unknown filter " + unknown + "; the filters are "
                    + dimensions().stream().collect(Collectors.joining(", ")) + ".");
        }
    }
}
