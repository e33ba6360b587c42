package org.lessons.testsupport;

import org.lessons.enrich.Tagger;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonIndex;
import org.lessons.marking.Viewers;
import org.lessons.search.SearchProperties;
import org.lessons.search.SearchService;
import org.lessons.search.internal.FacetLabels;
import org.lessons.search.internal.FacetStates;
import org.lessons.search.internal.FacetedSearch;
import org.lessons.search.internal.PassageHits;
import org.lessons.search.internal.QueryFactory;
import org.lessons.search.internal.SearchThreads;
import org.lessons.search.internal.SimilarPassages;
import org.lessons.search.internal.Snippets;
import org.lessons.search.internal.SpellingSuggester;

/** The real search service over a test index, wired as Spring wires it. */
public final class TestSearch {

    /** One pool for every test's services, as the application has one, so that tests do not each start threads. */
    private static final SearchThreads THREADS = new SearchThreads(new SearchProperties(0));

    private TestSearch() {}

    /** For tests about something else than markings: everyone sees everything. */
    public static SearchService service(LessonIndex index, Tagger tagger) {
        return service(index, tagger, TestViewers.unrestricted());
    }

    public static SearchService service(LessonIndex index, Tagger tagger, Viewers viewers) {
        return service(index, tagger, viewers, THREADS);
    }

    /** For tests about how searches use threads. */
    public static SearchService service(LessonIndex index, Tagger tagger, SearchThreads threads) {
        return service(index, tagger, TestViewers.unrestricted(), threads);
    }

    private static SearchService service(LessonIndex index, Tagger tagger, Viewers viewers, SearchThreads threads) {
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        FacetedSearch facets = new FacetedSearch(new FacetStates(), new FacetLabels(tagger), tagger, threads);
        return new SearchService(
                index,
                new QueryFactory(analyzers, tagger),
                facets,
                new PassageHits(new Snippets(analyzers)),
                new SpellingSuggester(analyzers),
                new SimilarPassages(analyzers),
                viewers,
                TestIngest.MARKINGS,
                threads);
    }
}
