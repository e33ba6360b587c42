package org.lessons.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.lessons.index.IndexedDocument;
import org.lessons.index.IndexedPassage;

/**
 * Writes generated documents as the files practitioners share, so that ingest is timed end to end from bytes on
 * disk: HTML and plain text alternately (headings for sections, a paragraph per passage), or PDF with about 45
 * lines to a page, written with PDFBox as a word processor's export would be.
 */
final class CorpusFiles {

    private static final int PDF_LINES_PER_PAGE = 45;
    private static final int PDF_LINE_CHARS = 95;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CorpusFiles() {}

    /** The files written, their total size, and for PDF their page count. */
    record FileSet(List<Path> files, long bytes, int pages) {

        /** Adds up the files as they are written, since the documents behind them are not kept. */
        private static final class Builder {
            private final List<Path> files = new ArrayList<>();
            private long bytes;
            private int pages;

            void add(Path file, long fileBytes, int filePages) {
                files.add(file);
                bytes += fileBytes;
                pages += filePages;
            }

            FileSet build() {
                return new FileSet(List.copyOf(files), bytes, pages);
            }
        }
    }

    static FileSet writeTextAndHtml(SyntheticCorpus corpus, int passages, Path folder) {
        FileSet.Builder written = new FileSet.Builder();
        corpus.generate(passages, (document, ordinal) -> {
            boolean html = ordinal % 2 == 0;
            Path file = folder.resolve(document.id() + (html ? ".html" : ".txt"));
            String content = html ? html(document) : text(document);
            written.add(file, write(file, content.getBytes(StandardCharsets.UTF_8)), 0);
        });
        return written.build();
    }

    static FileSet writePdf(SyntheticCorpus corpus, int passages, Path folder) {
        FileSet.Builder written = new FileSet.Builder();
        corpus.generate(passages, (document, ordinal) -> {
            Path file = folder.resolve(document.id() + ".pdf");
            List<String> lines = pdfLines(document);
            written.add(file, write(file, pdf(lines)), (lines.size() + PDF_LINES_PER_PAGE - 1) / PDF_LINES_PER_PAGE);
        });
        return written.build();
    }

    private static String html(IndexedDocument document) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(document.metadata().language())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(document.metadata().title())
                .append("</title></head><body>\n<h1>")
                .append(document.metadata().title())
                .append("</h1>\n");
        String section = null;
        for (IndexedPassage passage : document.passages()) {
            if (!passage.section().equals(section)) {
                section = passage.section();
                html.append("<h2>").append(section).append("</h2>\n");
            }
            html.append("<p>").append(escape(passage.text())).append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String text(IndexedDocument document) {
        StringBuilder text = new StringBuilder(document.metadata().title()).append("\n\n");
        String section = null;
        for (IndexedPassage passage : document.passages()) {
            if (!passage.section().equals(section)) {
                section = passage.section();
                text.append(section).append("\n\n");
            }
            text.append(passage.text()).append("\n\n");
        }
        return text.toString();
    }

    private static List<String> pdfLines(IndexedDocument document) {
        List<String> lines = new ArrayList<>(List.of(document.metadata().title(), ""));
        String section = null;
        for (IndexedPassage passage : document.passages()) {
            if (!passage.section().equals(section)) {
                section = passage.section();
                lines.add(section);
                lines.add("");
            }
            lines.addAll(wrap(passage.text()));
            lines.add("");
        }
        return lines;
    }

    private static byte[] pdf(List<String> lines) {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int first = 0; first < lines.size(); first += PDF_LINES_PER_PAGE) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(15);
                    content.newLineAtOffset(60, 740);
                    for (String line : lines.subList(first, Math.min(lines.size(), first + PDF_LINES_PER_PAGE))) {
                        content.showText(winAnsi(line));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > PDF_LINE_CHARS && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The standard PDF fonts draw WinAnsiEncoding, which is windows-1252 without its control characters: every letter
     * of French, German and Spanish (é, ü, ß, ñ, œ) and their quotes and dashes. A letter from elsewhere loses its
     * accent (ő as o), and what has no such form becomes a space, so that no word of the sample stops a PDF.
     */
    private static String winAnsi(String line) {
        CharsetEncoder windows1252 = WINDOWS_1252.newEncoder();
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().mapToObj(Character::toString).forEach(c -> out.append(drawn(c, windows1252)));
        return out.toString();
    }

    private static String drawn(String character, CharsetEncoder windows1252) {
        if (isDrawable(character, windows1252)) {
            return character;
        }
        String unaccented = Normalizer.normalize(character, Normalizer.Form.NFKD)
                .codePoints()
                .mapToObj(Character::toString)
                .filter(part -> isDrawable(part, windows1252))
                .collect(Collectors.joining());
        return unaccented.isEmpty() ? " " : unaccented;
    }

    private static boolean isDrawable(String character, CharsetEncoder windows1252) {
        return !Character.isISOControl(character.codePointAt(0)) && windows1252.canEncode(character);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static long write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return content.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
