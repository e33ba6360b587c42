package org.lessons.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.index.DocumentType;
import org.lessons.index.LessonIndex;
import org.lessons.testsupport.TestIndex;
import org.lessons.testsupport.TestSearch;

class SearchServiceTest {

    @TempDir
    Path dataDir;

    private LessonIndex index;
    private SearchService search;

    @BeforeEach
    void indexSampleDocuments() {
        index = TestIndex.open(dataDir);
        search = TestSearch.service(index, TestIndex.tagger(dataDir));
        index.replace(TestIndex.document(
                "oslo",
                "Expert meeting in Oslo",
                DocumentType.MEETING_NOTES,
                LocalDate.of(2022, 6, 22),
                "en",
                "A lesson learned by Norwegian police: post-release monitoring of lone actors needs probation officers.",
                "Prison rehabilitation programmes reduced reoffending among released prisoners."));
        index.replace(TestIndex.document(
                "guide",
                "Practitioner's guide",
                DocumentType.GUIDE_DRAFT,
                LocalDate.of(2021, 9, 15),
                "en",
                "Joint investigation teams with Eurojust support speed up mutual legal assistance.",
                "Designation of groups and asset freezing disrupt financing <script>alert(1)</script> networks."));
        index.replace(TestIndex.document(
                "paris",
                "Contribution de la France",
                DocumentType.NATIONAL_CONTRIBUTION,
                LocalDate.of(2021, 3, 3),
                "fr",
                "Les autorités françaises ont renforcé la surveillance des prisons et la réinsertion des détenus."));
        index.commit();
    }

    @AfterEach
    void closeIndex() throws Exception {
        index.close();
    }

    @Test
    void findsPassagesWithAllWordsAndMarksTheMatches() {
        SearchResult result = search.search(SearchRequest.of("post-release monitoring"));

        // the passage with the words comes first; passages tagged with the tool they name follow
        Hit hit = result.hits().get(0);
        assertThat(hit.documentId()).isEqualTo("oslo");
        assertThat(hit.title()).isEqualTo("Expert meeting in Oslo");
        assertThat(hit.section()).isEqualTo("1. Section");
        assertThat(hit.page()).isEqualTo(1);
        assertThat(hit.date()).isEqualTo(LocalDate.of(2022, 6, 22));
        assertThat(hit.snippet()).contains("<mark>monitoring</mark>");
    }

    @Test
    void stemsEachPassageInItsOwnLanguage() {
        assertThat(ids(search.search(SearchRequest.of("prisons")))).contains("oslo-1", "paris-0");
        // the French passage first; the English one on released prisoners follows through the multilingual synonyms
        assertThat(ids(search.search(SearchRequest.of("réinsertion détenu")))).startsWith("paris-0");
    }

    @Test
    void aWildcardFindsWordsWhoseStemItDoesNotBegin() {
        assertThat(ids(search.search(SearchRequest.of("rehabilitat*")))).containsExactly("oslo-1");
    }

    @Test
    void aStopWordOfOneLanguageDoesNotHidePassagesOfAnother() {
        assertThat(ids(search.search(SearchRequest.of("the asset freezing")))).containsExactly("guide-1");
    }

    @Test
    void snippetsAreHtmlEscapedExceptForTheMarks() {
        String snippet =
                search.search(SearchRequest.of("financing")).hits().get(0).snippet();

        assertThat(snippet)
                .contains("&lt;script&gt;")
                .doesNotContain("<script>")
                .contains("<mark>financing</mark>");
    }

    @Test
    void anEmptyQueryBrowsesEverythingWithAllFacets() {
        SearchResult result = search.search(SearchRequest.of(""));

        assertThat(result.total()).isEqualTo(5);
        assertThat(result.facets().get("docType"))
                .extracting(FacetValue::value, FacetValue::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("meeting-notes", 2L),
                        org.assertj.core.groups.Tuple.tuple("guide-draft", 2L),
                        org.assertj.core.groups.Tuple.tuple("national-contribution", 1L));
        assertThat(result.facets().get("language"))
                .extracting(FacetValue::label)
                .contains("English", "French");
        assertThat(result.facets().get("docType")).extracting(FacetValue::label).contains("Guide draft");
    }

    @Test
    void valuesOfOneDimensionAreAlternativesAndDimensionsMustAllHold() {
        SearchRequest twoYears = SearchRequest.builder()
                .query("")
                .filters(Map.of("year", List.of("2021", "2022")))
                .page(0)
                .size(20)
                .build();
        SearchRequest yearAndType = SearchRequest.builder()
                .query("")
                .filters(Map.of("year", List.of("2021"), "docType", List.of("guide-draft")))
                .page(0)
                .size(20)
                .build();

        assertThat(search.search(twoYears).total()).isEqualTo(5);
        assertThat(ids(search.search(yearAndType))).containsExactlyInAnyOrder("guide-0", "guide-1");
    }

    @Test
    void aSelectedDimensionKeepsCountingItsOtherValues() {
        SearchResult result = search.search(SearchRequest.builder()
                .query("")
                .filters(Map.of("year", List.of("2022")))
                .page(0)
                .size(20)
                .build());

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.facets().get("year")).extracting(FacetValue::value).containsExactlyInAnyOrder("2021", "2022");
        assertThat(result.facets().get("docType")).extracting(FacetValue::value).containsExactly("meeting-notes");
    }

    @Test
    void whenNoPassageHasAllWordsItRetriesWithAnyAndSaysSo() {
        SearchResult result = search.search(SearchRequest.of("eurojust reoffending"));

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.notice()).isEqualTo(SearchService.ANY_TERM_NOTICE);
    }

    @Test
    void aQueryTheSyntaxRejectsIsSearchedAsPlainWords() {
        SearchResult result = search.search(SearchRequest.of("asset freezing AND ("));

        assertThat(result.notice()).contains("plain words");
        assertThat(ids(result)).containsExactly("guide-1");
    }

    @Test
    void pagesThroughResults() {
        SearchResult second = search.search(SearchRequest.builder()
                .query("")
                .filters(Map.of())
                .page(1)
                .size(2)
                .build());

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.hits()).hasSize(2);
        assertThat(second.page()).isEqualTo(1);
    }

    @Test
    void rejectsUnknownFiltersAndPagesBeyondTheWindow() {
        assertThatThrownBy(() -> search.search(SearchRequest.builder()
                        .query("")
                        .filters(Map.of("colour", List.of("red")))
                        .page(0)
                        .size(20)
                        .build()))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("docType");
        assertThatThrownBy(() -> SearchRequest.builder()
                        .query("")
                        .filters(Map.of())
                        .page(600)
                        .size(20)
                        .build())
                .isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> SearchRequest.builder()
                        .query("")
                        .filters(Map.of())
                        .page(0)
                        .size(0)
                        .build())
                .isInstanceOf(InvalidSearchException.class);
    }

    @Test
    void aNarrowerToolCountsForItsBroaderAndEitherFilters() {
        SearchResult all = search.search(SearchRequest.of(""));
        assertThat(all.facets().get("tool"))
                .extracting(FacetValue::value, FacetValue::parent)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("proscription", null),
                        org.assertj.core.groups.Tuple.tuple("asset-freezing", "proscription"));

        SearchResult broader = search.search(SearchRequest.builder()
                .query("")
                .filters(Map.of("tool", List.of("proscription")))
                .page(0)
                .size(20)
                .build());
        SearchResult narrower = search.search(SearchRequest.builder()
                .query("")
                .filters(Map.of("tool", List.of("asset-freezing")))
                .page(0)
                .size(20)
                .build());

        assertThat(ids(broader)).contains("guide-1");
        assertThat(ids(narrower)).containsExactly("guide-1");
    }

    @Test
    void hitsCarryTheirTagsAndTagsFilterLikeAnyFacet() {
        SearchResult norway = search.search(SearchRequest.builder()
                .query("")
                .filters(Map.of("country", List.of("NO")))
                .page(0)
                .size(20)
                .build());

        assertThat(ids(norway)).containsExactly("oslo-0");
        Hit hit = norway.hits().get(0);
        assertThat(hit.countries()).containsExactly(new TagValue("NO", "Norway"));
        assertThat(hit.kind()).isEqualTo(new TagValue("lesson-learned", "Lesson learned"));
        assertThat(hit.tools()).extracting(TagValue::value).contains("post-release-monitoring");
        assertThat(norway.facets().get("region")).extracting(FacetValue::value).containsExactly("nordic");
        assertThat(search.search(SearchRequest.builder()
                                .query("")
                                .filters(Map.of("organisation", List.of("eurojust")))
                                .page(0)
                                .size(20)
                                .build())
                        .total())
                .isEqualTo(1);
        assertThat(search.search(SearchRequest.builder()
                                .query("")
                                .filters(Map.of("kind", List.of("lesson-learned")))
                                .page(0)
                                .size(20)
                                .build())
                        .total())
                .isEqualTo(1);
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(Hit::passageId).toList();
    }
}
