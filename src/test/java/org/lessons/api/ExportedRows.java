package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.lessons.index.DocumentType;

/**
 * Exports read back, each format with its own parser: commons-csv for CSV, Jackson for JSON, and the Markdown by
 * its structure. A row of any format can be held against the search hit it should cite.
 */
final class ExportedRows {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^## (\\d+)\\. (.*)$");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[Open in Lessons]\\((\\S+)\\)");

    private ExportedRows() {}

    static List<Row> parse(String format, byte[] body) throws IOException {
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

    private static List<Row> jsonRows(String text) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (JsonNode row : JSON.readTree(text)) {
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
    record Row(
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
