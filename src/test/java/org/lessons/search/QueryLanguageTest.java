package org.lessons.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessons.testsupport.SearchFixtureTest;

/** The query language as the README documents it, and the limits that keep costly queries out. */
class QueryLanguageTest extends SearchFixtureTest {

    @Test
    void facetDimensionsWorkAsFieldsInTheQuery() {
        assertThat(ids("evidence country:NO")).startsWith("oslo-0").allMatch(id -> id.startsWith("oslo"));
        assertThat(ids("year:2020")).containsExactly("paris-0");
        assertThat(ids("docType:guide-draft year:2022")).containsExactlyInAnyOrder("final-0", "final-1");
        assertThat(ids("tool:asset-freezing")).containsExactly("draft-1");
        assertThat(ids("tool:proscription")).containsExactly("draft-1");
        assertThat(ids("kind:lesson-learned")).containsExactly("final-0");
        assertThat(ids("title:oslo")).hasSize(3);
        assertThat(ids("year:[2020 TO 2021] docType:guide-draft")).containsExactlyInAnyOrder("draft-0", "draft-1");
    }

    @Test
    void aFieldFilterStillHoldsWhenOnlySomeWordsMatch() {
        SearchResult result = fixture.search().search(SearchRequest.of("evidence zanzibar country:NO"));

        assertThat(result.hits()).extracting(Hit::passageId).startsWith("oslo-0");
        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.countries()).contains(new TagValue("NO", "Norway")));
        assertThat(ids("country:NO OR country:FR")).contains("oslo-0", "paris-0");
    }

    @Test
    void phrasesExclusionsAndAlternatives() {
        assertThat(ids("\"asset freezing\"")).containsExactly("draft-1");
        assertThat(ids("evidence -norwegian")).doesNotContain("oslo-0").isNotEmpty();
        assertThat(ids("freezing OR probation")).containsExactlyInAnyOrder("draft-1", "oslo-2");
        assertThat(ids("(freezing OR probation) lone")).startsWith("oslo-2");
    }

    @Test
    void trailingWildcardsAndFuzzyTerms() {
        assertThat(ids("prosecut*")).contains("oslo-0", "draft-0");
        assertThat(ids("reinsert*")).containsExactly("paris-0");
        assertThat(ids("probaton~")).containsExactly("oslo-2");
    }

    @Test
    void fuzzyMatchesAreMarkedInTheSnippet() {
        assertThat(fixture.search().search(SearchRequest.of("probaton~")).hits())
                .singleElement()
                .satisfies(hit -> assertThat(hit.snippet()).contains("<mark>probation</mark>"));
    }

    @Test
    void domainSynonymsAndAcronymsFindTheLongForms() {
        assertThat(ids("MLA")).containsExactly("final-1");
        assertThat(ids("JIT")).contains("oslo-0", "draft-0", "final-0");
        assertThat(ids("REMT")).containsExactly("oslo-1");
    }

    @Test
    void aWordThatLooksLikeAFieldIsSearchedAsAWordWithANotice() {
        SearchResult result = fixture.search().search(SearchRequest.of("lesson: evidence"));

        assertThat(result.notice()).contains("'lesson' is not a field");
        assertThat(result.total()).isPositive();
    }

    @Test
    void costlyQueriesAreRefusedWithAReason() {
        assertRefused("*tion", "letters before it");
        assertRefused("p*", "at least 2 letters");
        assertRefused("word ".repeat(60), "the limit is 40");
        assertRefused("(".repeat(12) + "a" + ")".repeat(12), "nested");
        assertRefused("/(a|b)*a(a|b){20}/", "too complex");
        assertRefused("x".repeat(1_200), "the limit is 1000");
    }

    private void assertRefused(String query, String reason) {
        assertThatThrownBy(() -> fixture.search().search(SearchRequest.of(query)))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining(reason);
    }

    private List<String> ids(String query) {
        return fixture
                .search()
                .search(SearchRequest.builder().query(query).size(50).build())
                .hits()
                .stream()
                .map(Hit::passageId)
                .toList();
    }
}
