package org.lessons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.lessons.index.FacetDimension;
import org.lessons.index.LessonIndex;
import org.lessons.index.SearcherLease;
import org.lessons.marking.MarkingProperties;
import org.lessons.marking.Viewers;
import org.lessons.search.internal.CountCache;
import org.lessons.search.internal.FacetedSearch;
import org.lessons.search.internal.PassageHits;
import org.lessons.search.internal.QueryFactory;
import org.lessons.search.internal.SearchThreads;
import org.lessons.search.internal.SimilarPassages;
import org.lessons.search.internal.SpellingSuggester;
import org.lessons.search.internal.TextFolding;
import org.lessons.search.internal.Visibility;
import org.springframework.stereotype.Service;

/**
 * Answers searches over passages: matching, facet counts, highlighting, paging and grouping, with a second
 * chance for queries that find nothing (any of the words, then the spelling correction). Requests and results
 * are plain records, so the REST API and the UI never see Lucene.
 *
 * <p>Every answer is for whoever is looking ({@link Viewers#current()}), decided here and not by callers, so that
 * no screen or endpoint can forget it: hits, totals, facet values and counts, the spelling correction, similar
 * passages and counts hold only passages of markings the viewer's clearance reaches, and a passage they may not see
 * is answered as one that does not exist.
 */
@Service
public class SearchService {

    static final String ANY_TERM_NOTICE =
            "No passage contains all of your words; showing passages that contain any of them.";

    /** Time one search may take before it is stopped and refused; keeps one costly query from starving others. */
    static final long TIME_LIMIT_MILLIS = 1_500;

    private static final int GROUP_WINDOW = 1_000;

    /** Below this many passages with all the words, passages with some of them are shown after them. */
    static final int FEW = 10;

    /** Lifts passages with all the words above any passage with only some of them. */
    private static final float ALL_WORDS_BOOST = 1_000f;

    private final LessonIndex index;
    private final QueryFactory queries;
    private final FacetedSearch facetedSearch;
    private final PassageHits passageHits;
    private final SpellingSuggester spelling;
    private final SimilarPassages similarPassages;
    private final Viewers viewers;
    private final MarkingProperties markings;
    private final SearchThreads threads;
    private final CountCache counts = new CountCache();

    public SearchService(
            LessonIndex index,
            QueryFactory queries,
            FacetedSearch facetedSearch,
            PassageHits passageHits,
            SpellingSuggester spelling,
            SimilarPassages similarPassages,
            Viewers viewers,
            MarkingProperties markings,
            SearchThreads threads) {
        this.index = index;
        this.queries = queries;
        this.facetedSearch = facetedSearch;
        this.passageHits = passageHits;
        this.spelling = spelling;
        this.similarPassages = similarPassages;
        this.viewers = viewers;
        this.markings = markings;
        this.threads = threads;
    }

    /** The facet dimensions a request may filter by, by id. */
    public List<String> dimensions() {
        return Arrays.stream(FacetDimension.values()).map(FacetDimension::id).toList();
    }

    public SearchResult search(SearchRequest request) {
        checkFilters(request);
        if (request.groupByDocument() && request.cursor() != null) {
            throw new InvalidSearchException("Grouped results are paged by page number, not by cursor.");
        }
        Visibility visibility = visibility();
        try (SearcherLease lease = index.acquire()) {
            IndexSearcher searcher = threads.searcher(lease.searcher().getIndexReader());
            searcher.setTimeout(new QueryTimeoutImpl(TIME_LIMIT_MILLIS));
            List<String> notices = new ArrayList<>();
            String suggestion =
                    request.query().isBlank() ? null : spelling.suggest(searcher, request.query(), visibility);
            Search search = new Search(searcher, request, visibility);
            Attempt attempt = attempt(search, request.query(), suggestion, notices);
            if (searcher.timedOut()) {
                throw new InvalidSearchException("The search took longer than " + TIME_LIMIT_MILLIS / 1000.0
                        + " seconds and was stopped. Use fewer wildcards or fuzzy terms, or more specific words.");
            }
            return result(search, attempt, notices, suggestion);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the words as typed. When no passage holds all of them, the spelling correction is tried in their place;
     * then, when only a few passages hold all the words, those few come first and passages with some of the words
     * follow (all of them, when none does).
     */
    private Attempt attempt(Search search, String words, String suggestion, List<String> notices) throws IOException {
        QueryFactory.UserQuery all = parse(search, words, false);
        FacetedSearch.Outcome outcome = run(search, all);
        if (all.notice() != null) {
            notices.add(all.notice());
        }
        if (outcome.total() == 0 && suggestion != null) {
            QueryFactory.UserQuery corrected = parse(search, suggestion, false);
            FacetedSearch.Outcome correctedOutcome = run(search, corrected);
            if (correctedOutcome.total() > 0) {
                notices.add("No passage matches \u201c" + words + "\u201d; showing results for \u201c" + suggestion
                        + "\u201d.");
                return widened(search, suggestion, new Attempt(corrected, correctedOutcome), notices);
            }
        }
        return widened(search, words, new Attempt(all, outcome), notices);
    }

    /** The passages holding all the words, followed by those holding some of them when the former are few. */
    private Attempt widened(Search search, String words, Attempt allWords, List<String> notices) throws IOException {
        QueryFactory.UserQuery all = allWords.query();
        FacetedSearch.Outcome outcome = allWords.outcome();
        if (all.terms() <= 1 || outcome.total() >= FEW) {
            return allWords;
        }
        QueryFactory.UserQuery any = parse(search, words, true);
        QueryFactory.UserQuery allFirst = new QueryFactory.UserQuery(
                new BooleanQuery.Builder()
                        .add(any.query(), Occur.MUST)
                        .add(new BoostQuery(new ConstantScoreQuery(all.query()), ALL_WORDS_BOOST), Occur.SHOULD)
                        .build(),
                any.notice(),
                any.terms());
        FacetedSearch.Outcome blended = run(search, allFirst);
        if (blended.total() <= outcome.total()) {
            return allWords;
        }
        notices.add(
                outcome.total() == 0
                        ? ANY_TERM_NOTICE
                        : "Only " + outcome.total()
                                + (outcome.total() == 1 ? " passage contains" : " passages contain")
                                + " all of your words; they come first, followed by passages with some of them.");
        return new Attempt(allFirst, blended);
    }

    /**
     * The words as a query rewritten to the terms they match in this searcher's index: fuzzy and wildcard words are
     * expanded once, for the search and for highlighting alike, where each would otherwise expand them again.
     */
    private QueryFactory.UserQuery parse(Search search, String words, boolean anyTerm) throws IOException {
        QueryFactory.UserQuery parsed = queries.parse(words, anyTerm);
        return new QueryFactory.UserQuery(search.searcher().rewrite(parsed.query()), parsed.notice(), parsed.terms());
    }

    private FacetedSearch.Outcome run(Search search, QueryFactory.UserQuery query) throws IOException {
        SearchRequest request = search.request();
        FieldDoc after = request.cursor() == null
                ? null
                : passageHits.after(request, search.searcher().getIndexReader().maxDoc());
        int topN = request.groupByDocument()
                ? GROUP_WINDOW
                : after != null ? request.size() : (request.page() + 1) * request.size();
        return facetedSearch.search(
                search.searcher(), index.facetsConfig(), query.query(), request, search.visibility(), topN, after);
    }

    private SearchResult result(Search search, Attempt attempt, List<String> notices, String suggestion)
            throws IOException {
        IndexSearcher searcher = search.searcher();
        SearchRequest request = search.request();
        FacetedSearch.Outcome outcome = attempt.outcome();
        String notice = notices.isEmpty() ? null : String.join(" ", notices);
        if (request.groupByDocument()) {
            PassageHits.Groups groups =
                    passageHits.groups(searcher, attempt.query().query(), outcome, request, search.visibility());
            return new SearchResult(
                    groups.total(),
                    request.page(),
                    request.size(),
                    groups.hits(),
                    outcome.facets(),
                    notice,
                    suggestion,
                    null);
        }
        int from = request.cursor() != null ? 0 : Math.min(outcome.hits().length, request.page() * request.size());
        ScoreDoc[] page = Arrays.copyOfRange(outcome.hits(), from, outcome.hits().length);
        List<Hit> hits = passageHits.hits(searcher, attempt.query().query(), page, search.visibility());
        String cursor = page.length == request.size() && outcome.total() > from + page.length
                ? passageHits.cursor((FieldDoc) page[page.length - 1], request)
                : null;
        return new SearchResult(
                outcome.total(), request.page(), request.size(), hits, outcome.facets(), notice, suggestion, cursor);
    }

    /**
     * How many passages hold all the request's words and pass its filters (including {@code indexedAfter}),
     * without ranking, facets or highlighting, and without the spelling and any-word second chances of
     * {@link #search}. Counts are remembered until the index changes, so asking again on every page load costs a
     * map lookup.
     */
    public long count(SearchRequest request) {
        checkFilters(request);
        Visibility visibility = visibility();
        try (SearcherLease lease = index.acquire()) {
            return counts.get(request, visibility.clearance(), lease.version(), () -> {
                IndexSearcher searcher = threads.searcher(lease.searcher().getIndexReader());
                searcher.setTimeout(new QueryTimeoutImpl(TIME_LIMIT_MILLIS));
                return facetedSearch.count(
                        searcher,
                        index.facetsConfig(),
                        queries.parse(request.query(), false).query(),
                        request,
                        visibility);
            });
        }
    }

    /**
     * The values of one facet dimension under the current search whose label or value begins with the prefix
     * (or has a word that does), for searching within long facet lists.
     */
    public List<FacetValue> facetValues(String dimension, String prefix, SearchRequest request) {
        if (FacetDimension.fromId(dimension).isEmpty()) {
            throw new InvalidSearchException(
                    "Unknown facet '" + dimension + "'; the facets are " + String.join(", ", dimensions()) + ".");
        }
        String wanted = TextFolding.fold(prefix == null ? "" : prefix.strip());
        return search(request.countingWith(request.filters())).facets().get(dimension).stream()
                .filter(value -> matchesPrefix(value.label(), wanted) || matchesPrefix(value.value(), wanted))
                .toList();
    }

    /**
     * Passages like the given one, without itself and its near-copies; empty when the passage does not exist or the
     * viewer may not see it.
     */
    public java.util.Optional<List<Hit>> similar(String passageId, int size) {
        if (size < 1 || size > SearchRequest.MAX_SIZE) {
            throw new InvalidSearchException(
                    "The number of similar passages must be between 1 and " + SearchRequest.MAX_SIZE + ".");
        }
        try (SearcherLease lease = index.acquire()) {
            IndexSearcher searcher = lease.searcher();
            Visibility visibility = visibility();
            java.util.Optional<SimilarPassages.Similar> similar =
                    similarPassages.find(searcher, passageId, size, visibility);
            if (similar.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(passageHits.hits(
                    searcher, similar.get().query(), similar.get().docs(), visibility));
        } catch (IOException e) {
            throw new UncheckedIOException("Finding similar passages failed: " + e.getMessage(), e);
        }
    }

    private static boolean matchesPrefix(String text, String prefix) {
        String folded = TextFolding.fold(text);
        return prefix.isEmpty() || folded.startsWith(prefix) || folded.contains(" " + prefix);
    }

    private void checkFilters(SearchRequest request) {
        List<String> unknown = request.filters().keySet().stream()
                .filter(dimension -> FacetDimension.fromId(dimension).isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidSearchException(
                    "Unknown filter " + unknown + "; the filters are " + String.join(", ", dimensions()) + ".");
        }
    }

    private Visibility visibility() {
        return Visibility.of(viewers.current().clearance(), markings);
    }

    private record Attempt(QueryFactory.UserQuery query, FacetedSearch.Outcome outcome) {}

    /** One search as it runs: on one searcher, for one request and one viewer. */
    private record Search(IndexSearcher searcher, SearchRequest request, Visibility visibility) {}
}
