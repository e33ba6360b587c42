package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessons.testsupport.RunningLessons;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Search through the REST API on the real index built from the sample corpus. */
class SearchApiIT extends RunningLessons {

    /**
     * A refusal must come long before a catastrophic query would finish (minutes); the bound leaves room for a
     * shared 2-core machine under load, where a plain refusal was measured at up to 3 s.
     */
    private static final long REFUSED_WITHIN_MILLIS = 5_000;

    @Test
    void searchAnswersWithHighlightedPassagesAndFacets() {
        JsonNode result = get("/api/search?q=post-release+monitoring&size=5");

        assertThat(result.get("total").asInt()).isGreaterThan(5);
        assertThat(result.get("size").asInt()).isEqualTo(5);
        JsonNode hit = result.get("hits").get(0);
        for (String field : List.of(
                "passageId", "documentId", "title", "section", "page", "snippet", "date", "language", "docType")) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(hit.get("snippet").asText()).contains("<mark>");
        assertThat(values(result.get("facets").get("docType")))
                .contains("meeting-notes", "guide-draft", "national-contribution");
    }

    @Test
    void browsingShowsEveryDimensionIncludingTheLanguagesOfTheCorpus() {
        JsonNode facets = get("/api/search").get("facets");

        assertThat(values(facets.get("language"))).contains("en", "fr", "de", "es");
        assertThat(values(facets.get("year"))).contains("2020", "2021", "2022");
        assertThat(values(facets.get("format")))
                .contains("pdf", "docx", "doc", "odt", "rtf", "html", "md", "txt", "eml");
        assertThat(values(facets.get("docType")))
                .containsExactlyInAnyOrder("meeting-notes", "guide-draft", "national-contribution", "other");
    }

    @Test
    void filtersCombineOrWithinADimensionAndAndAcrossDimensions() {
        JsonNode result = get("/api/search?docType=national-contribution&year=2020&year=2022&size=100");

        assertThat(result.get("total").asInt()).isPositive();
        result.get("hits").forEach(hit -> {
            assertThat(hit.get("docType").asText()).isEqualTo("national-contribution");
            assertThat(hit.get("date").asText()).matches("(2020|2022)-.*");
        });
        assertThat(values(result.get("facets").get("year"))).contains("2021");
    }

    @Test
    void findsFrenchGermanAndSpanishPassagesInTheirOwnWords() {
        assertThat(get("/api/search?q=autorités+françaises&language=fr")
                        .get("total")
                        .asInt())
                .isPositive();
        assertThat(get("/api/search?q=Vereinsverbote&language=de").get("total").asInt())
                .isPositive();
        assertThat(get("/api/search?q=cooperación+internacional&language=es")
                        .get("total")
                        .asInt())
                .isPositive();
    }

    @Test
    void aBrokenQueryIsAnsweredNeverWithAServerError() {
        ResponseEntity<JsonNode> broken = admin.getForEntity("/api/search?q=prison AND (", JsonNode.class);
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(broken.getBody().get("notice").asText()).contains("plain words");

        ResponseEntity<JsonNode> tooDeep = admin.getForEntity("/api/search?page=5000&size=100", JsonNode.class);
        assertThat(tooDeep.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooDeep.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(tooDeep.getBody().get("detail").asText()).contains("narrow the search");
    }

    @Test
    void theQueryLanguageFiltersByFacetFieldsAndExpandsDomainSynonyms() {
        JsonNode norway = get("/api/search?q={q}&size=50", "lone actor country:NO");
        assertThat(norway.get("total").asInt()).isPositive();
        norway.get("hits")
                .forEach(hit -> assertThat(hit.get("countries").toString()).contains("\"NO\""));

        assertThat(total("\"joint investigation team\"")).isPositive();
        assertThat(get("/api/search?q=JIT&size=50").get("total").asInt())
                .isGreaterThanOrEqualTo(total("\"joint investigation team\""));
        assertThat(get("/api/search?q={q}", "tool:jit year:2021").get("total").asInt())
                .isPositive();
    }

    @Test
    void abusiveQueriesAreRefusedQuicklyAndTheServerKeepsServing() {
        for (String abusive : List.of(
                "*ismus",
                "a*",
                "(".repeat(30) + "x" + ")".repeat(30),
                "word ".repeat(200),
                "x".repeat(5_000),
                "a OR ".repeat(190) + "b",
                "/(a|b)*a(a|b){20}/")) {
            long started = System.nanoTime();
            ResponseEntity<JsonNode> refused =
                    admin.getForEntity("/api/search?q={q}", JsonNode.class, java.util.Map.of("q", abusive));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(refused.getStatusCode()).as(abusive).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("detail").asText()).as(abusive).isNotBlank();
            assertThat(millis)
                    .as("refusing " + abusive.substring(0, Math.min(20, abusive.length())))
                    .isLessThan(REFUSED_WITHIN_MILLIS);
        }
        assertThat(total("prison")).isPositive();
    }

    @Test
    void aMegabyteQueryIsRefusedWithoutReachingTheSearch() {
        String megabyte = "terrorism ".repeat(100_000);
        long started = System.nanoTime();
        ResponseEntity<String> refused =
                admin.getForEntity("/api/search?q={q}", String.class, java.util.Map.of("q", megabyte));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(refused.getStatusCode().is4xxClientError()).isTrue();
        assertThat(refused.getBody()).doesNotContain("terrorism terrorism").doesNotContainIgnoringCase("exception");
        assertThat(millis).isLessThan(REFUSED_WITHIN_MILLIS);
        assertThat(total("prison")).isPositive();
    }

    @Test
    void multiSelectFacetsKeepTheirCountsAndToolsFormATree() {
        JsonNode norway = get("/api/search?country=NO");
        JsonNode both = get("/api/search?country=NO&country=SE");
        assertThat(values(norway.get("facets").get("country"))).contains("NO", "SE", "FR");
        assertThat(both.get("total").asInt()).isGreaterThan(norway.get("total").asInt());
        JsonNode tools = get("/api/search").get("facets").get("tool");
        List<String> children = new ArrayList<>();
        tools.forEach(tool -> {
            if ("proscription".equals(tool.get("parent").asText(null))) {
                children.add(tool.get("value").asText());
            }
        });
        assertThat(children).contains("designation", "asset-freezing");
    }

    @Test
    void datesSortingGroupingAndDeepPaging() {
        JsonNode ranged = get("/api/search?from=2021-01-01&to=2021-12-31&sort=newest&size=100");
        ranged.get("hits").forEach(hit -> assertThat(hit.get("date").asText()).startsWith("2021"));
        assertThat(get("/api/search?sort=oldest&size=1")
                        .get("hits")
                        .get(0)
                        .get("date")
                        .asText())
                .startsWith("2020");

        JsonNode grouped = get("/api/search?q=prison&group=document&size=5");
        List<String> documents = new ArrayList<>();
        grouped.get("hits").forEach(hit -> {
            documents.add(hit.get("documentId").asText());
            assertThat(hit.get("documentMatches").asInt()).isPositive();
        });
        assertThat(documents).doesNotHaveDuplicates().hasSize(5);

        int walked = 0;
        String cursor = "";
        do {
            JsonNode page = get("/api/search?size=100&cursor=" + cursor);
            walked += page.get("hits").size();
            cursor = page.get("cursor").isNull() ? null : page.get("cursor").asText();
        } while (cursor != null);
        assertThat(walked).isEqualTo(get("/api/search").get("total").asInt());

        ResponseEntity<JsonNode> badDate = admin.getForEntity("/api/search?from=last-week", JsonNode.class);
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDate.getBody().get("detail").asText()).contains("YYYY-MM-DD");
    }

    @Test
    void helpSuggestionsSpellingFacetSearchAndSimilarPassages() {
        JsonNode suggestions = get("/api/suggest?prefix=asset");
        assertThat(suggestions.toString()).contains("asset-freezing");
        assertThat(get("/api/suggest?prefix=norw").toString()).contains("\"value\":\"NO\"");

        JsonNode misspelled = get("/api/search?q=rehabilitaion");
        assertThat(misspelled.get("suggestion").asText()).isEqualTo("rehabilitation");
        assertThat(misspelled.get("total").asInt()).isPositive();
        assertThat(get("/api/search?q=proscripton").get("suggestion").asText()).isEqualTo("proscription");

        JsonNode countries = get("/api/facets/country?prefix=ger");
        assertThat(values(countries)).containsExactly("DE");

        JsonNode hit = get("/api/search?q={q}&docType=guide-draft", "\"joint investigation teams\"")
                .get("hits")
                .get(0);
        JsonNode similar = get("/api/passages/" + hit.get("passageId").asText() + "/similar?size=5");
        assertThat(similar.size()).isPositive();
        similar.forEach(other -> assertThat(other.get("passageId").asText())
                .isNotEqualTo(hit.get("passageId").asText()));
        assertThat(admin.getForEntity("/api/passages/nope/similar", JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void snippetsCarryTheCitation() {
        JsonNode hit = get("/api/search?q={q}&format=pdf", "\"joint investigation\"")
                .get("hits")
                .get(0);
        assertThat(hit.get("page").asInt()).isPositive();
        assertThat(hit.get("section").asText()).isNotBlank();
        assertThat(hit.get("snippet").asText()).contains("<mark>");
        assertThat(hit.get("text").asText()).doesNotContain("<mark>").containsIgnoringCase("joint investigation");

        JsonNode closingMeeting =
                get("/api/search?q={q}", "title:brussels format:md").get("hits").get(0);
        assertThat(closingMeeting.get("event").asText())
                .isEqualTo("Closing meeting of the REMT Criminal Justice Practitioners' Initiative");
    }

    @Test
    void phrasesExclusionsAlternativesWildcardsAndFuzzyTermsWorkThroughTheApi() {
        int phrase =
                get("/api/search?q={q}", "\"trusted messengers\"").get("total").asInt();
        int words = get("/api/search?q={q}", "trusted messengers").get("total").asInt();
        assertThat(phrase).isPositive().isLessThanOrEqualTo(words);

        int withoutPrison =
                get("/api/search?q={q}", "rehabilitation -prison").get("total").asInt();
        assertThat(withoutPrison)
                .isLessThan(
                        get("/api/search?q={q}", "rehabilitation").get("total").asInt());

        assertThat(get("/api/search?q={q}", "takedown OR \"removal orders\"")
                        .get("total")
                        .asInt())
                .isGreaterThanOrEqualTo(
                        get("/api/search?q={q}", "takedown").get("total").asInt());
        assertThat(get("/api/search?q={q}", "rehabilitat*").get("total").asInt())
                .isPositive();
        JsonNode fuzzy = get("/api/search?q={q}", "probaton~");
        assertThat(fuzzy.get("total").asInt()).isPositive();
        assertThat(fuzzy.get("hits").get(0).get("snippet").asText()).contains("<mark>");
    }
}
