package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessons.export.ExportProperties;
import org.lessons.index.DocumentType;
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

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^## (\\d+)\\. (.*)$");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[Open in Lessons]\\((\\S+)\\)");

    private final ObjectMapper json = new ObjectMapper();

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
        List<Row> rows = rows(format, response.getBody());
        assertThat(rows).extracting(Row::passageId).containsExactlyElementsOf(ids(hits));
        for (int i = 0; i < hits.size(); i++) {
            rows.get(i).assertCites(hits.get(i), anonymous.getRootUri());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json", "md"})
    void everythingExportsCompletelyAcrossManyInternalPages(String format) throws IOException {
        List<String> searched = ids(searchHits(""));

        List<String> exported = rows(format, export(format, "").getBody()).stream()
                .map(Row::passageId)
                .toList();

        assertThat(searched).hasSizeGreaterThan(2 * limits.pageSize());
        assertThat(exported).doesNotHaveDuplicates().containsExactlyElementsOf(searched);
    }

    @Test
    void meetingNotesNameTheirEvent() throws IOException {
        List<Row> rows =
                rows("json", export("json", "q={q}", "title:brussels format:md").getBody());

        assertThat(rows).isNotEmpty();
        assertThat(rows)
                .extracting(Row::event)
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
                    "export-analyst", encoder.encode("export-analyst-password"), Role.ANALYST, true, Instant.now()));
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

    private List<Row> rows(String format, byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        return switch (format) {
            case "csv" -> csvRows(text);
            case "json" -> jsonRows(text);
            default -> markdownRows(text);
        };
    }

    private static List<Row> csvRows(String text) throws IOException {
        assertThat(text).startsWith("\uFEFF");
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text.substring(1)))) {
            rows.add(Row.fields(
                    record.get("passageId"),
                    record.get("title"),
                    record.get("event"),
                    record.get("date"),
                    record.get("section"),
                    record.get("page"),
                    record.get("docType"),
                    record.get("tools"),
                    record.get("countries"),
                    record.get("link")));
        }
        return rows;
    }

    private List<Row> jsonRows(String text) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (JsonNode row : json.readTree(text)) {
            rows.add(Row.fields(
                    row.get("passageId").asText(),
                    row.get("title").asText(),
                    row.get("event").isNull() ? "" : row.get("event").asText(),
                    row.get("date").isNull() ? "" : row.get("date").asText(),
                    row.get("section").asText(),
                    row.get("page").isNull() ? "" : row.get("page").asText(),
                    row.get("docType").asText(),
                    String.join("; ", row.get("tools").findValuesAsText("label")),
                    String.join("; ", row.get("countries").findValuesAsText("label")),
                    row.get("link").asText()));
        }
        return rows;
    }

    /**
     * Markdown read by its structure: a numbered heading per passage, then its quote, then the citation line
     * with the link. Fields other than the title and the link are checked in the citation line's text.
     */
    private static List<Row> markdownRows(String text) {
        assertThat(text).startsWith("# Passages exported from Lessons\n");
        List<Row> rows = new ArrayList<>();
        String[] blocks = text.split("\n(?=## \\d+\\. )");
        for (int i = 1; i < blocks.length; i++) {
            Matcher heading = MARKDOWN_HEADING.matcher(blocks[i]);
            Matcher link = MARKDOWN_LINK.matcher(blocks[i]);
            assertThat(heading.find()).as(blocks[i]).isTrue();
            assertThat(heading.group(1)).isEqualTo(Integer.toString(i));
            assertThat(link.find()).as(blocks[i]).isTrue();
            String citation = blocks[i].substring(blocks[i].lastIndexOf("\n\n") + 2);
            rows.add(Row.markdown(heading.group(2), link.group(1), citation));
        }
        return rows;
    }

    /**
     * What a row of any format says, as text. A Markdown row has its title, link and citation line; a CSV or
     * JSON row has a field for each part of the citation instead.
     */
    private record Row(
            String passageId,
            String title,
            String event,
            String date,
            String section,
            String page,
            String docType,
            String tools,
            String countries,
            String link,
            String citationLine) {

        static Row fields(
                String passageId,
                String title,
                String event,
                String date,
                String section,
                String page,
                String docType,
                String tools,
                String countries,
                String link) {
            return new Row(passageId, title, event, date, section, page, docType, tools, countries, link, null);
        }

        static Row markdown(String title, String link, String citationLine) {
            String passageId = link.substring(link.indexOf("?passage=") + "?passage=".length());
            return new Row(passageId, title, null, null, null, null, null, null, null, link, citationLine);
        }

        void assertCites(JsonNode hit, String rootUri) {
            assertThat(link)
                    .isEqualTo(rootUri + "/documents/" + hit.get("documentId").asText() + "?passage="
                            + hit.get("passageId").asText());
            if (citationLine == null) {
                assertFieldsCite(hit);
            } else {
                assertMarkdownCites(hit);
            }
        }

        private void assertFieldsCite(JsonNode hit) {
            assertThat(title).isEqualTo(hit.get("title").asText());
            assertThat(event).isEqualTo(text(hit, "event"));
            assertThat(date).isEqualTo(text(hit, "date")).isNotEmpty();
            assertThat(section).isEqualTo(text(hit, "section"));
            assertThat(page).isEqualTo(text(hit, "page"));
            assertThat(docType).isEqualTo(hit.get("docType").asText());
            assertThat(tools).isEqualTo(labels(hit.get("tools")));
            assertThat(countries).isEqualTo(labels(hit.get("countries")));
        }

        /** The Markdown escapes are taken out, and runs of white space are one space, as in the export. */
        private void assertMarkdownCites(JsonNode hit) {
            assertThat(unescaped(title)).isEqualTo(oneLine(hit.get("title").asText()));
            String line = unescaped(citationLine);
            assertThat(line)
                    .contains(
                            oneLine(text(hit, "event")),
                            text(hit, "date"),
                            oneLine(text(hit, "section")),
                            DocumentType.fromValue(hit.get("docType").asText())
                                    .orElseThrow()
                                    .label());
            if (!hit.get("page").isNull()) {
                assertThat(line).contains("p. " + hit.get("page").asText());
            }
            if (!hit.get("tools").isEmpty()) {
                assertThat(line).contains("Tools: " + labels(hit.get("tools")) + ".");
            }
            if (!hit.get("countries").isEmpty()) {
                assertThat(line).contains("Countries: " + labels(hit.get("countries")) + ".");
            }
        }

        private static String text(JsonNode hit, String field) {
            return hit.get(field).isNull() ? "" : hit.get(field).asText();
        }

        private static String labels(JsonNode tags) {
            return String.join("; ", tags.findValuesAsText("label"));
        }

        private static String unescaped(String markdown) {
            return markdown.replaceAll("\\\\(.)", "$1");
        }

        private static String oneLine(String text) {
            return text.strip().replaceAll("\\s+", " ");
        }
    }
}
