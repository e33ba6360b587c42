package org.lessons.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessons.testsupport.SearchFixtureTest;

/** Help around a search: "did you mean", more like this, and searching within a facet. */
class SearchHelpTest extends SearchFixtureTest {

    @Test
    void aMisspelledQueryIsCorrectedAndItsResultsShown() {
        SearchResult result = fixture.search().search(SearchRequest.of("probaton oficers"));

        assertThat(result.suggestion()).isEqualTo("probation officers");
        assertThat(result.notice()).contains("showing results for");
        assertThat(result.hits()).extracting(Hit::passageId).containsExactly("oslo-2");
    }

    @Test
    void aCorrectedQueryIsWidenedLikeATypedOneWhenFewPassagesHoldAllItsWords() {
        SearchResult result = fixture.search().search(SearchRequest.of("probaton lone actors"));

        assertThat(result.suggestion()).isEqualTo("probation lone actors");
        assertThat(result.notice())
                .contains("showing results for \u201cprobation lone actors\u201d")
                .contains("Only 1 passage contains all of your words");
        assertThat(result.hits())
                .extracting(Hit::passageId)
                .startsWith("oslo-2")
                .contains("oslo-1");
    }

    @Test
    void knownWordsGetNoSuggestion() {
        assertThat(fixture.search()
                        .search(SearchRequest.of("probation officers"))
                        .suggestion())
                .isNull();
    }

    @Test
    void similarPassagesLeaveOutThePassageAndItsCopyInAnotherGuideVersion() {
        List<Hit> similar = fixture.search().similar("draft-0", 5).orElseThrow();

        assertThat(similar)
                .extracting(Hit::passageId)
                .doesNotContain("draft-0", "final-0")
                .contains("oslo-0");
        assertThat(fixture.search().similar("no-such-passage", 5)).isEmpty();
    }

    @Test
    void facetValuesCanBeSearchedWithin() {
        List<FacetValue> values = fixture.search().facetValues("docType", "gui", SearchRequest.of(""));

        assertThat(values).extracting(FacetValue::value).containsExactly("guide-draft");
        assertThat(fixture.search().facetValues("country", "nor", SearchRequest.of("")))
                .extracting(FacetValue::label)
                .containsExactly("Norway");
    }
}
