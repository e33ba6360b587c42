package org.lessons.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvCitationWriterTest {

    @Test
    void writesAHeaderRowAndOneRowPerCitationThatACsvParserReadsBack() throws IOException {
        String csv = export(
                Citations.citation("Guide, \"final\" draft", "First line,\nsecond line"),
                Citations.bare("Plain title", "Plain text"));

        assertThat(csv).startsWith("\uFEFFtitle,event,date,section,page,docType,tools,countries,text,link,");
        assertThat(csv).contains("\r\n").doesNotContain(",\"Plain text\"");
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(2);
        CSVRecord first = rows.get(0);
        assertThat(first.get("title")).isEqualTo("Guide, \"final\" draft");
        assertThat(first.get("event")).isEqualTo("Expert meeting in Oslo");
        assertThat(first.get("date")).isEqualTo("2022-06-22");
        assertThat(first.get("section")).isEqualTo("2. Lessons learned");
        assertThat(first.get("page")).isEqualTo("4");
        assertThat(first.get("docType")).isEqualTo("meeting-notes");
        assertThat(first.get("tools")).isEqualTo("Joint investigation teams");
        assertThat(first.get("countries")).isEqualTo("Norway; Sweden");
        assertThat(first.get("text")).isEqualTo("First line,\nsecond line");
        assertThat(first.get("link")).isEqualTo("http://lessons.example/documents/d1?passage=d1-3");
        assertThat(first.get("passageId")).isEqualTo("d1-3");
        CSVRecord bare = rows.get(1);
        assertThat(List.of(bare.get("event"), bare.get("date"), bare.get("page"), bare.get("tools")))
                .containsOnly("");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaStartWithAnApostrophe() throws IOException {
        List<CSVRecord> rows = parse(export(
                Citations.citation("=HYPERLINK(\"http://evil\",\"click\")", "+1 from the floor"),
                Citations.citation("-2+3", "@SUM(A1:A2)"),
                Citations.citation("\tTabbed", "\rReturned"),
                Citations.citation("Safe = title", "x = y")));

        assertThat(rows.get(0).get("title")).isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
        assertThat(rows.get(0).get("text")).isEqualTo("'+1 from the floor");
        assertThat(rows.get(1).get("title")).isEqualTo("'-2+3");
        assertThat(rows.get(1).get("text")).isEqualTo("'@SUM(A1:A2)");
        assertThat(rows.get(2).get("title")).isEqualTo("'\tTabbed");
        assertThat(rows.get(2).get("text")).isEqualTo("'\rReturned");
        assertThat(rows.get(3).get("title")).isEqualTo("Safe = title");
        assertThat(rows.get(3).get("text")).isEqualTo("x = y");
    }

    @Test
    void keepsEveryScriptInUtf8() throws IOException {
        String text = "Les autorités françaises — Straße, Πειραιάς, Київ, 北京, 🙂";

        assertThat(parse(export(Citations.citation(text, text))).get(0).get("text"))
                .isEqualTo(text);
    }

    @Test
    void anEmptyExportIsTheHeaderRow() throws IOException {
        assertThat(export()).isEqualTo("\uFEFF" + String.join(",", CsvCitationWriter.HEADER) + "\r\n");
    }

    private static String export(Citation... citations) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CitationWriter writer = new CsvCitationWriter(out);
        writer.start();
        for (Citation citation : citations) {
            writer.write(citation);
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
    }
}
