package org.lessons.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.lessons.enrich.Tagger;
import org.lessons.index.SearcherLease;
import org.lessons.marking.Marking;
import org.lessons.search.SearchProperties;
import org.lessons.search.SearchRequest;
import org.lessons.testsupport.SearchFixtureTest;
import org.lessons.testsupport.TestIndex;
import org.lessons.testsupport.TestIngest;

/** A browse is answered again from what it found, but never from what a search stopped half-way found. */
class WordlessOutcomesTest extends SearchFixtureTest {

    @Test
    void aBrowseTheTimeLimitStoppedIsCountedAgainByTheNextOne() throws IOException {
        Tagger tagger = TestIndex.tagger(dataDir);
        FacetedSearch faceted = new FacetedSearch(
                new FacetStates(), new FacetLabels(tagger), tagger, new SearchThreads(new SearchProperties(1)));
        Visibility everything = Visibility.of(Marking.RED, TestIngest.MARKINGS);
        SearchRequest browse = SearchRequest.of("");

        try (SearcherLease lease = fixture.index().acquire()) {
            IndexSearcher stopped = new IndexSearcher(lease.searcher().getIndexReader());
            stopped.setTimeout(() -> true);
            FacetedSearch.Outcome partial = faceted.search(
                    stopped, fixture.index().facetsConfig(), new MatchAllDocsQuery(), browse, everything, 20, null);
            FacetedSearch.Outcome next = faceted.search(
                    new IndexSearcher(lease.searcher().getIndexReader()),
                    fixture.index().facetsConfig(),
                    new MatchAllDocsQuery(),
                    browse,
                    everything,
                    20,
                    null);

            assertThat(stopped.timedOut()).isTrue();
            assertThat(partial.total()).isZero();
            assertThat(next.total())
                    .isPositive()
                    .isEqualTo(fixture.search().search(browse).total());
        }
    }
}
