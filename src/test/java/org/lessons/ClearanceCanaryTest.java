package org.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lessons.testsupport.CanaryCorpus.documentId;
import static org.lessons.testsupport.CanaryCorpus.passageId;
import static org.lessons.testsupport.CanaryCorpus.token;
import static org.lessons.testsupport.CanaryCorpus.visibleDocuments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lessons.export.Export;
import org.lessons.export.ExportFormat;
import org.lessons.index.DocumentDetail;
import org.lessons.index.DocumentSummary;
import org.lessons.ingest.IngestFailure;
import org.lessons.ingest.IngestStatus;
import org.lessons.library.LibraryQuery;
import org.lessons.marking.Marking;
import org.lessons.savedquery.SavedQuery;
import org.lessons.savedquery.SavedQueryDraft;
import org.lessons.savedquery.SavedQueryService;
import org.lessons.search.FacetValue;
import org.lessons.search.Hit;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchResult;
import org.lessons.search.Suggestion;
import org.lessons.search.ToolCountryMatrix;
import org.lessons.testsupport.CanaryCorpus;
import org.lessons.testsupport.CanaryCorpusTest;

/**
 * The canaries: for a user of each clearance, every path that shows, counts or proposes material finds exactly the
 * canary documents of the markings that clearance reaches, and nothing of the others, not even a word, a facet
 * value or a count. A hidden document answers as a missing one.
 */
class ClearanceCanaryTest extends CanaryCorpusTest {

    /** The country each canary names; the TLP:RED one's is named nowhere else. */
    private static final Map<Marking, String> COUNTRIES = Map.of(
            Marking.CLEAR, "NO",
            Marking.GREEN, "SE",
            Marking.AMBER, "DK",
            Marking.AMBER_STRICT, "FI",
            Marking.RED, CanaryCorpus.RED_COUNTRY);

    @ParameterizedTest
    @EnumSource(Marking.class)
    void resultsAndTotalsHoldOnlyWhatTheClearanceReaches(Marking clearance) {
        canaries.signIn(clearance);

        SearchResult result = canaries.search().search(SearchRequest.of(CanaryCorpus.SHARED_WORDS));
        SearchResult grouped = canaries.search()
                .search(SearchRequest.builder()
                        .query(CanaryCorpus.SHARED_WORDS)
                        .groupByDocument(true)
                        .build());

        assertThat(documents(result.hits())).containsExactlyInAnyOrderElementsOf(visibleDocuments(clearance));
        assertThat(result.total()).isEqualTo(visible(clearance));
        assertThat(documents(grouped.hits())).containsExactlyInAnyOrderElementsOf(visibleDocuments(clearance));
        assertThat(grouped.total()).isEqualTo(visible(clearance));
        assertThat(canaries.search().count(SearchRequest.of(CanaryCorpus.SHARED_WORDS)))
                .isEqualTo(visible(clearance));
        assertThat(result.hits())
                .allSatisfy(hit -> assertThat(clearance.permits(hit.marking())).isTrue());
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void eachCanaryWordIsFoundOnlyByThoseWhoMaySeeItsDocument(Marking clearance) {
        canaries.signIn(clearance);

        for (Marking marking : Marking.values()) {
            SearchResult result = canaries.search().search(SearchRequest.of(token(marking)));
            if (clearance.permits(marking)) {
                assertThat(documents(result.hits())).containsExactly(documentId(marking));
                assertThat(result.hits().get(0).snippet()).contains("<mark>" + token(marking) + "</mark>");
            } else {
                assertThat(result.total()).as(token(marking)).isZero();
                assertThat(result.hits()).isEmpty();
                assertNothingHiddenIn(clearance, result);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void facetValuesAndCountsAreThoseOfTheVisiblePassages(Marking clearance) {
        canaries.signIn(clearance);

        Map<String, List<FacetValue>> facets =
                canaries.search().search(SearchRequest.of("")).facets();
        // drill-sideways: the country facet of a search filtered by a country is counted without that filter
        Map<String, List<FacetValue>> sideways = canaries.search()
                .search(SearchRequest.builder()
                        .filters(Map.of("country", List.of("NO")))
                        .build())
                .facets();

        List<String> countries =
                clearance.visible().stream().map(COUNTRIES::get).toList();
        assertThat(values(facets.get("country"))).containsExactlyInAnyOrderElementsOf(countries);
        assertThat(values(sideways.get("country"))).containsExactlyInAnyOrderElementsOf(countries);
        assertThat(facets.get("country"))
                .allSatisfy(value -> assertThat(value.count()).isEqualTo(1));
        assertThat(count(facets.get("tool"), "online-monitoring")).isEqualTo(visible(clearance));
        assertThat(count(facets.get("docType"), "meeting-notes")).isEqualTo(visible(clearance));
        boolean red = clearance == Marking.RED;
        assertThat(values(facets.get("organisation")).contains(CanaryCorpus.RED_ORGANISATION))
                .isEqualTo(red);
        assertThat(values(facets.get("tool")).contains(CanaryCorpus.RED_TOOL)).isEqualTo(red);
        assertThat(values(canaries.search().facetValues("country", "ice", SearchRequest.of(""))))
                .isEqualTo(red ? List.of(CanaryCorpus.RED_COUNTRY) : List.of());
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void highlightsMarkOnlyVisibleWords(Marking clearance) {
        canaries.signIn(clearance);

        SearchResult result = canaries.search().search(SearchRequest.of("canary*"));

        assertThat(documents(result.hits())).containsExactlyInAnyOrderElementsOf(visibleDocuments(clearance));
        assertNothingHiddenIn(clearance, result);
        for (Marking marking : Marking.values()) {
            Map<String, String> document = canaries.highlighter().highlight(documentId(marking), token(marking));
            if (clearance.permits(marking)) {
                assertThat(document.get(passageId(marking))).contains("<mark>" + token(marking) + "</mark>");
            } else {
                assertThat(document).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void typeAheadProposesNothingFoundOnlyInHiddenPassages(Marking clearance) {
        canaries.signIn(clearance);
        boolean red = clearance == Marking.RED;

        assertThat(canaries.suggestions().suggest("canary", 10))
                .extracting(Suggestion::text)
                .containsExactlyInAnyOrderElementsOf(
                        clearance.visible().stream().map(CanaryCorpus::token).toList());
        // the country and the organisation named only in the TLP:RED canary: neither as a filter nor as a word
        assertThat(canaries.suggestions().suggest("icel", 10))
                .extracting(Suggestion::text)
                .containsExactlyInAnyOrderElementsOf(red ? List.of("Iceland", "iceland") : List.of());
        assertThat(canaries.suggestions().suggest("interp", 10))
                .extracting(Suggestion::text)
                .containsExactlyInAnyOrderElementsOf(red ? List.of("INTERPOL", "interpol") : List.of());
        assertThat(canaries.suggestions().suggest("asset", 10).stream()
                        .map(Suggestion::value)
                        .toList()
                        .contains(CanaryCorpus.RED_TOOL))
                .isEqualTo(red);
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void didYouMeanProposesOnlyVisibleWords(Marking clearance) {
        canaries.signIn(clearance);

        for (Marking marking : Marking.values()) {
            String misspelt = token(marking).replace("word", "wrd");

            SearchResult result = canaries.search().search(SearchRequest.of(misspelt));

            if (clearance.permits(marking)) {
                assertThat(result.suggestion()).isEqualTo(token(marking));
                assertThat(documents(result.hits())).containsExactly(documentId(marking));
            } else {
                assertThat(result.suggestion()).as(misspelt).isNull();
                assertThat(result.total()).isZero();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void similarPassagesRefuseAHiddenSourceAsAMissingOneAndProposeOnlyVisibleOnes(Marking clearance) {
        canaries.signIn(clearance);

        for (Marking marking : Marking.values()) {
            Optional<List<Hit>> similar = canaries.search().similar(passageId(marking), 10);
            if (clearance.permits(marking)) {
                List<String> others = visibleDocuments(clearance).stream()
                        .filter(id -> !id.equals(documentId(marking)))
                        .toList();
                assertThat(documents(similar.orElseThrow())).containsExactlyInAnyOrderElementsOf(others);
            } else {
                assertThat(similar).isEqualTo(canaries.search().similar("no-such-passage", 10));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void theMatrixShowsOnlyVisibleToolsCountriesAndCounts(Marking clearance) {
        canaries.signIn(clearance);

        ToolCountryMatrix matrix = canaries.matrix().toolsByCountry(SearchRequest.of(""));

        assertThat(values(matrix.countries()))
                .containsExactlyInAnyOrderElementsOf(
                        clearance.visible().stream().map(COUNTRIES::get).toList());
        assertThat(values(matrix.tools()).contains(CanaryCorpus.RED_TOOL)).isEqualTo(clearance == Marking.RED);
        for (Marking marking : Marking.values()) {
            assertThat(matrix.count("online-monitoring", COUNTRIES.get(marking)))
                    .isEqualTo(clearance.permits(marking) ? 1 : 0);
        }
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void anExportHoldsOnlyVisiblePassagesOnEveryPageWhateverThreadWritesIt(Marking clearance) throws Exception {
        canaries.signIn(clearance);
        Export export = canaries.exports(1)
                .prepare(SearchRequest.of(CanaryCorpus.SHARED_WORDS), ExportFormat.JSON, "http://lessons.example");

        // the download is written on another thread, where nobody is signed in, one passage per page
        JsonNode rows = new ObjectMapper().readTree(writtenOnAnotherThread(export));
        assertThat(rows.findValuesAsText("documentId"))
                .containsExactlyInAnyOrderElementsOf(visibleDocuments(clearance));
        assertThat(export.total()).isEqualTo(visible(clearance));
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void savedQueryCountsResultsAndFeedsHoldOnlyVisiblePassages(Marking clearance) {
        canaries.signIn(clearance);
        String user = CanaryCorpus.user(clearance);
        SavedQueryService saved = canaries.savedQueries();
        SavedQuery query = saved.create(
                new SavedQueryDraft("Harbour", CanaryCorpus.SHARED_WORDS, Map.of(), "relevance", false, null), user);

        assertThat(saved.visibleTo(user)).singleElement().satisfies(listed -> assertThat(listed.newCount())
                .isEqualTo(visible(clearance)));
        assertThat(documents(saved.latest(query))).containsExactlyInAnyOrderElementsOf(visibleDocuments(clearance));
        assertThat(documents(saved.results(query, SearchRequest.of(query.q()), true, user)
                        .hits()))
                .containsExactlyInAnyOrderElementsOf(visibleDocuments(clearance));
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void theLibraryAndTheDocumentViewShowOnlyVisibleDocuments(Marking clearance) {
        canaries.signIn(clearance);
        boolean red = clearance == Marking.RED;
        List<String> listed =
                red ? with(visibleDocuments(clearance), CanaryCorpus.RED_FAILURE) : visibleDocuments(clearance);

        List<DocumentSummary> library =
                canaries.library().page(new LibraryQuery("", null, null, LibraryQuery.Order.TITLE, false), 0, 100);

        assertThat(library).extracting(DocumentSummary::id).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(canaries.library().count(new LibraryQuery("", null, null, null, false)))
                .isEqualTo(listed.size());
        assertThat(canaries.library().documents(0, 50).items())
                .extracting(DocumentSummary::id)
                .containsExactlyInAnyOrderElementsOf(listed);
        assertThat(canaries.library().documents(0, 50).total()).isEqualTo(listed.size());
        for (Marking marking : Marking.values()) {
            Optional<DocumentDetail> document = canaries.library().document(documentId(marking));
            assertThat(document.isPresent()).as(documentId(marking)).isEqualTo(clearance.permits(marking));
            assertThat(canaries.ingest().original(documentId(marking)).isPresent())
                    .as("original of " + documentId(marking))
                    .isEqualTo(clearance.permits(marking));
        }
        assertThat(canaries.library().document(CanaryCorpus.RED_FAILURE).isPresent())
                .isEqualTo(red);
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void corpusCountsAndFailuresAreThoseTheClearanceReaches(Marking clearance) {
        canaries.signIn(clearance);
        boolean red = clearance == Marking.RED;

        IngestStatus status = canaries.ingest().status();

        assertThat(status.documents()).isEqualTo(visible(clearance));
        assertThat(status.passages()).isEqualTo(visible(clearance));
        assertThat(status.failed()).isEqualTo(red ? 1 : 0);
        assertThat(canaries.ingest().failures())
                .extracting(IngestFailure::path)
                .containsExactlyElementsOf(red ? List.of(CanaryCorpus.RED_FAILURE_PATH) : List.of());
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void wildcardFuzzyAndRegexExpansionsNeverRevealAHiddenWord(Marking clearance) {
        canaries.signIn(clearance);

        for (Marking marking : Marking.values()) {
            String word = token(marking);
            for (String query : List.of(
                    word.substring(0, word.length() - 2) + "*",
                    word.substring(0, word.length() - 1) + "~1",
                    "/" + word.substring(0, word.length() - 3) + "[a-z]+/")) {
                SearchResult result = canaries.search().search(SearchRequest.of(query));
                assertNothingHiddenIn(clearance, result);
                if (clearance.permits(marking)) {
                    assertThat(documents(result.hits())).as(query).contains(documentId(marking));
                } else {
                    assertThat(documents(result.hits())).as(query).doesNotContain(documentId(marking));
                }
            }
        }
        // expansions that match only hidden passages: nothing found, nothing marked, nothing proposed
        for (Marking marking : Arrays.stream(Marking.values())
                .filter(marking -> !clearance.permits(marking))
                .toList()) {
            SearchResult result = canaries.search().search(SearchRequest.of(token(marking) + "*"));
            assertThat(result.total()).isZero();
            assertThat(result.suggestion()).isNull();
        }
    }

    private static void assertNothingHiddenIn(Marking clearance, SearchResult result) {
        for (Marking hidden : Marking.values()) {
            if (!clearance.permits(hidden)) {
                String word = token(hidden);
                assertThat(String.valueOf(result.suggestion()))
                        .as("did-you-mean")
                        .doesNotContain(word);
                assertThat(String.valueOf(result.notice())).as("notice").doesNotContain(word);
                assertThat(result.hits()).as("hits").allSatisfy(hit -> assertThat(hit.snippet() + hit.text())
                        .doesNotContain(word));
                result.facets().values().stream().flatMap(List::stream).forEach(value -> assertThat(value.value())
                        .isNotEqualTo(CanaryCorpus.RED_COUNTRY));
            }
        }
    }

    private static long visible(Marking clearance) {
        return clearance.visible().size();
    }

    private static List<String> documents(List<Hit> hits) {
        return hits.stream().map(Hit::documentId).toList();
    }

    private static List<String> values(List<FacetValue> values) {
        return values.stream().map(FacetValue::value).toList();
    }

    private static long count(List<FacetValue> values, String value) {
        return values.stream()
                .filter(v -> v.value().equals(value))
                .mapToLong(FacetValue::count)
                .sum();
    }

    private static List<String> with(List<String> ids, String id) {
        return java.util.stream.Stream.concat(ids.stream(), java.util.stream.Stream.of(id))
                .toList();
    }
}
