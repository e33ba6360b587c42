package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessons.testsupport.RunningLessons;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Search through the REST API on the real index built from the sample corpus. */
class SearchApiIT extends RunningLessons {
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
}
