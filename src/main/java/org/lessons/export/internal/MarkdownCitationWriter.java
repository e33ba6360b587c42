package org.lessons.export.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.lessons.index.DocumentType;

/**
 * Citations as Markdown to paste into a draft: per passage a numbered heading with the document title, the
 * passage as a block quote, and one citation line ending in a link back to the passage.
 *
 * <p>Document text is escaped, so that a title with an asterisk or a passage line starting with "1." or "-"
 * shows as written instead of turning into emphasis, a list, a heading, a link or raw HTML.
 */
public final class MarkdownCitationWriter implements CitationWriter {

    /** Characters that mark up text anywhere in a line (CommonMark lets any of them be escaped). */
    private static final String INLINE_SPECIALS = "\\`*_[]<>|~&#";

    /**
     * What makes a line a list item, a heading underline or a thematic break; a quote, a heading and a fence
     * start with a character that is escaped anyway.
     */
    private static final Pattern BULLET_OR_RULE = Pattern.compile("^[-+=]");

    private static final Pattern ORDERED_ITEM = Pattern.compile("^(\\d+)([.)])");

    private final Writer out;
    private int number;

    public MarkdownCitationWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void start() throws IOException {
        out.write("# Passages exported from Lessons\n");
    }

    @Override
    public void write(Citation citation) throws IOException {
        number++;
        out.write("\n## " + number + ". " + line(citation.title()) + "\n\n");
        for (String line : citation.text().strip().split("\\R")) {
            out.write(line.isBlank() ? ">\n" : "> " + blockSafe(line.strip()) + "\n");
        }
        out.write("\n" + citationLine(citation) + "\n");
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    /** "*Title*, event, 2022-06-22, section, p. 4 (Meeting notes). Tools: …. Countries: …. [Open in Lessons](…)" */
    private static String citationLine(Citation citation) {
        List<String> source = new ArrayList<>();
        source.add("*" + line(citation.title()) + "*");
        addIfPresent(source, line(citation.event()));
        addIfPresent(source, citation.date() == null ? null : citation.date().toString());
        addIfPresent(source, line(citation.section()));
        addIfPresent(source, citation.page() == null ? null : "p. " + citation.page());
        StringBuilder text = new StringBuilder(String.join(", ", source));
        text.append(" (").append(docTypeLabel(citation.docType())).append(").");
        if (!citation.tools().isEmpty()) {
            text.append(" Tools: ")
                    .append(line(Citation.labels(citation.tools())))
                    .append('.');
        }
        if (!citation.countries().isEmpty()) {
            text.append(" Countries: ")
                    .append(line(Citation.labels(citation.countries())))
                    .append('.');
        }
        return text.append(" [Open in Lessons](")
                .append(citation.link())
                .append(')')
                .toString();
    }

    private static void addIfPresent(List<String> parts, String part) {
        if (part != null && !part.isBlank()) {
            parts.add(part);
        }
    }

    private static String docTypeLabel(String docType) {
        return escape(DocumentType.fromValue(docType).map(DocumentType::label).orElse(docType));
    }

    /** Text for a heading or the citation line: one line, escaped. */
    private static String line(String text) {
        return text == null ? null : escape(text.strip().replaceAll("\\s+", " "));
    }

    /** An escaped line of a passage that cannot start a list, a nested quote or a heading underline. */
    static String blockSafe(String line) {
        String escaped = BULLET_OR_RULE.matcher(escape(line)).replaceFirst("\\\\$0");
        return ORDERED_ITEM.matcher(escaped).replaceFirst("$1\\\\$2");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            if (INLINE_SPECIALS.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
