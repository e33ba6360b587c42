package org.lessons.testsupport;

import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonIndex;
import org.lessons.search.SearchService;
import org.lessons.search.internal.FacetStates;
import org.lessons.search.internal.FacetedSearch;
import org.lessons.search.internal.QueryFactory;
import org.lessons.search.internal.Snippets;

/** The real search service over a test index, wired as Spring wires it. */
public final class TestSearch {

    private TestSearch() {}

    public static SearchService service(LessonIndex index) {
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        return new SearchService(index, new QueryFactory(analyzers), new FacetedSearch(new FacetStates()),
                new Snippets(analyzers));
    }
}
