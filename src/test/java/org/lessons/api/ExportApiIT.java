package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessons.export.ExportProperties;
import org.lessons.marking.Marking;
import org.lessons.security.Role;
import org.lessons.security.internal.UserAccount;
import org.lessons.testsupport.RunningLessons;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Exports through the REST API on the sample corpus, read back with a parser per format and held against what
 * {@code /api/search} answers for the same search.
 */
class ExportApiIT extends RunningLessons {

    /** A search with words, two values of one facet, a date and an order: the parameters of /api/search. */
    private static final String FILTERED = "q={q}&docType={type1}&docType={type2}&from={from}&sort={sort}";

    private static final Object[] FILTERED_VALUES = {
        "prison", "meeting-notes", "national-contribution", "2021-01-01", "newest"
    };

    @Autowired
    private ExportProperties limits;

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json", "md"})
    void eachFormatHoldsTheHitsOfTheSameSearchWithTheirCitations(String format) throws IOException {
        List<JsonNode> hits = searchHits(FILTERED, FILTERED_VALUES);
        ResponseEntity<byte[]> response = export(format, FILTERED, FILTERED_VALUES);

        assertThat(hits).hasSizeGreaterThan(3);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString())
                .isEqualTo(
                        switch (format) {
                            case "csv" -> "text/csv;charset=UTF-8";
                            case "json" -> "application/json";
                            default -> "text/markdown;charset=UTF-8";
                        });
        assertThat(response.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .matches("lessons-export-\\d{4}-\\d{2}-\\d{2}\\." + format);
        assertThat(response.getHeaders().getFirst("X-Total-Count")).isEqualTo(Integer.toString(hits.size()));
        List<ExportedRows.Row> rows = ExportedRows.parse(format, response.getBody());
        assertThat(rows).extracting(ExportedRows.Row::passageId).containsExactlyElementsOf(ids(hits));
        for (int i = 0; i < hits.size(); i++) {
            rows.get(i).assertCites(hits.get(i), anonymous.getRootUri());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json", "md"})
    void everythingExportsCompletelyAcrossManyInternalPages(String format) throws IOException {
        List<String> searched = ids(searchHits(""));

        List<String> exported = ExportedRows.parse(format, export(format, "").getBody()).stream()
                .map(ExportedRows.Row::passageId)
                .toList();

        assertThat(searched).hasSizeGreaterThan(2 * limits.pageSize());
        assertThat(exported).doesNotHaveDuplicates().containsExactlyElementsOf(searched);
    }

    @Test
    void meetingNotesNameTheirEvent() throws IOException {
        List<ExportedRows.Row> rows = ExportedRows.parse(
                "json", export("json", "q={q}", "title:brussels format:md").getBody());

        assertThat(rows).isNotEmpty();
        assertThat(rows)
                .extracting(ExportedRows.Row::event)
                .containsOnly("Closing meeting of the REMT Criminal Justice Practitioners' Initiative");
    }

    @Test
    void anUnknownFormatIsRefusedWithWhatToUseInstead() {
        ResponseEntity<JsonNode> xlsx = admin.getForEntity("/api/export?format={f}", JsonNode.class, "xlsx");
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(xlsx.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(xlsx.getBody().get("detail").asText()).contains("'xlsx'", "csv, json, md");

        ResponseEntity<JsonNode> pdf = admin.getForEntity("/api/export?format={f}", JsonNode.class, "pdf");
        assertThat(pdf.getBody().get("detail").asText()).contains("q=format:pdf");

        ResponseEntity<JsonNode> missing = admin.getForEntity("/api/export?q=prison", JsonNode.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().get("detail").asText()).contains("format");
    }

    @Test
    void aBrokenSearchIsRefusedAsTheSearchRefusesIt() {
        for (String parameters : List.of("q={q}", "from={q}")) {
            Object value = parameters.startsWith("q") ? "*ismus" : "last-week";
            ResponseEntity<JsonNode> search = admin.getForEntity("/api/search?" + parameters, JsonNode.class, value);

            ResponseEntity<JsonNode> export =
                    admin.getForEntity("/api/export?format=csv&" + parameters, JsonNode.class, value);

            assertThat(export.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(export.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(export.getBody().get("detail"))
                    .isEqualTo(search.getBody().get("detail"));
        }
    }

    @Test
    void everySignedInUserMayExportAndNobodyElse() {
        if (accounts.find("export-analyst").isEmpty()) {
            accounts.insert(new UserAccount(
                    "export-analyst",
                    encoder.encode("export-analyst-password"),
                    Role.ANALYST,
                    Marking.GREEN,
                    true,
                    Instant.now()));
        }
        TestRestTemplate analyst = anonymous.withBasicAuth("export-analyst", "export-analyst-password");

        assertThat(analyst.getForEntity("/api/export?format=csv", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(anonymous
                        .getForEntity("/api/export?format=csv", byte[].class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<byte[]> export(String format, String parameters, Object... values) {
        Object[] all = Stream.concat(Stream.of(format), Arrays.stream(values)).toArray();
        ResponseEntity<byte[]> response =
                admin.getForEntity("/api/export?format={format}&" + parameters, byte[].class, all);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response;
    }

    /** Every hit of the search, following its cursor. */
    private List<JsonNode> searchHits(String parameters, Object... values) {
        List<JsonNode> hits = new ArrayList<>();
        String cursor = "";
        do {
            Object[] all =
                    Stream.concat(Arrays.stream(values), Stream.of(cursor)).toArray();
            JsonNode page = get("/api/search?" + parameters + "&size=100&cursor={cursor}", all);
            page.get("hits").forEach(hits::add);
            cursor = page.get("cursor").isNull() ? null : page.get("cursor").asText();
        } while (cursor != null);
        return hits;
    }

    private static List<String> ids(List<JsonNode> hits) {
        return hits.stream().map(hit -> hit.get("passageId").asText()).toList();
    }
}
