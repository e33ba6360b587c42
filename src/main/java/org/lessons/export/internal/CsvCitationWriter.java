package org.lessons.export.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Citations as CSV after RFC 4180: a header row, comma-separated cells, CRLF line ends, and quotes around
 * cells that hold a comma, a quote or a line break. UTF-8 with a byte-order mark, because Excel reads a CSV
 * without one in the local code page and would garble every accented title.
 *
 * <p>Passages are quoted from documents anyone could have written, so a cell starting with {@code = + - @}, a
 * tab or a carriage return gets a leading apostrophe: a spreadsheet would otherwise run it as a formula.
 */
public final class CsvCitationWriter implements CitationWriter {

    static final List<String> HEADER = List.of(
            "title",
            "event",
            "date",
            "section",
            "page",
            "docType",
            "tools",
            "countries",
            "text",
            "link",
            "documentId",
            "passageId");

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    public CsvCitationWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void start() throws IOException {
        out.write('\uFEFF');
        row(HEADER);
    }

    @Override
    public void write(Citation citation) throws IOException {
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(citation.title());
        cells.add(citation.event());
        cells.add(Objects.toString(citation.date(), null));
        cells.add(citation.section());
        cells.add(Objects.toString(citation.page(), null));
        cells.add(citation.docType());
        cells.add(Citation.labels(citation.tools()));
        cells.add(Citation.labels(citation.countries()));
        cells.add(citation.text());
        cells.add(citation.link());
        cells.add(citation.documentId());
        cells.add(citation.passageId());
        row(cells);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
