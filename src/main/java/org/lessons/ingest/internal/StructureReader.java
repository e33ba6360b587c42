package org.lessons.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers structure that the format did not mark up. Plain text and Markdown arrive as one block with blank
 * lines between paragraphs; PDF and RTF have no heading tags, but practitioners' documents number their
 * headings ("2.1 Online referrals"), so a short numbered line is read as a heading of that depth.
 */
final class StructureReader {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*$");
    private static final Pattern NUMBERED_HEADING =
            Pattern.compile("^((?:\\d{1,2}|[IVX]{1,4})(?:\\.\\d{1,2})*)\\.?\\s+(\\p{Lu}[^\\n]{1,110})$");
    private static final Pattern ENDS_LIKE_SENTENCE = Pattern.compile("[.;,:!?]$");
    private static final Pattern TRAILING_YEAR = Pattern.compile("\\b(19|20)\\d{2}$");
    private static final Pattern FIELD = Pattern.compile("^([\\p{L} ]{2,24})\\s?:\\s+(\\S.{0,300})$");
    private static final Set<String> FIELD_KEYS = Set.of(
            "date",
            "datum",
            "fecha",
            "event",
            "événement",
            "evenement",
            "veranstaltung",
            "evento",
            "format",
            "formato",
            "participants",
            "teilnehmer",
            "teilnehmende",
            "participantes",
            "submitted by",
            "eingereicht von",
            "soumis par",
            "presentado por",
            "version",
            "versión",
            "status",
            "estado",
            "statut",
            "location",
            "lieu",
            "ort",
            "lugar");
    private static final int FRONT_MATTER_BLOCKS = 15;
    private static final Pattern BULLET = Pattern.compile("^[\u2022\u25aa\u25e6\u2013*-]\\s");

    private StructureReader() {}

    static List<Block> read(List<RawBlock> raw) {
        List<Block> blocks = new ArrayList<>();
        for (RawBlock block : joinBrokenParagraphs(raw)) {
            if (block.heading()) {
                blocks.add(new Block.Heading(block.headingLevel(), singleLine(block.text()), block.page()));
                continue;
            }
            for (String piece : BLANK_LINE.split(block.text())) {
                readPiece(piece.strip(), block.page(), blocks.size() < FRONT_MATTER_BLOCKS, blocks);
            }
        }
        return blocks;
    }

    private static void readPiece(String piece, Integer page, boolean frontMatter, List<Block> blocks) {
        if (piece.isEmpty()) {
            return;
        }
        List<String> lines =
                piece.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (frontMatter && lines.stream().allMatch(StructureReader::isField)) {
            lines.forEach(line -> blocks.add(field(line, page)));
            return;
        }
        Matcher markdown = MARKDOWN_HEADING.matcher(lines.get(0));
        if (markdown.matches()) {
            blocks.add(new Block.Heading(markdown.group(1).length(), markdown.group(2), page));
            if (lines.size() > 1) {
                readPiece(String.join("\n", lines.subList(1, lines.size())), page, frontMatter, blocks);
            }
            return;
        }
        List<String> paragraph = new ArrayList<>();
        boolean lineStartsBlock = true;
        for (String line : lines) {
            int level = lineStartsBlock ? numberedHeadingLevel(line) : 0;
            if (level > 0) {
                flush(paragraph, page, blocks);
                blocks.add(new Block.Heading(level, line, page));
                lineStartsBlock = true;
                continue;
            }
            if (BULLET.matcher(line).find()) {
                flush(paragraph, page, blocks);
            }
            paragraph.add(line);
            // a heading can only follow a line that ended a sentence, never a hard-wrapped line
            lineStartsBlock = ENDS_LIKE_SENTENCE.matcher(line).find();
        }
        flush(paragraph, page, blocks);
    }

    private static void flush(List<String> lines, Integer page, List<Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new Block.Paragraph(singleLine(String.join(" ", lines)), page));
            lines.clear();
        }
    }

    /**
     * Joins a paragraph that the parser cut in two (at a page break, or where PDF line spacing misled it): the
     * part before does not end a sentence and the part after starts in lower case.
     */
    static List<RawBlock> joinBrokenParagraphs(List<RawBlock> raw) {
        List<RawBlock> joined = new ArrayList<>();
        for (RawBlock block : raw) {
            RawBlock last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && continues(last, block)) {
                joined.set(
                        joined.size() - 1,
                        new RawBlock(
                                0,
                                last.page(),
                                last.text().stripTrailing() + " " + block.text().stripLeading()));
            } else {
                joined.add(block);
            }
        }
        return joined;
    }

    private static boolean continues(RawBlock before, RawBlock after) {
        if (before.heading() || after.heading()) {
            return false;
        }
        String end = before.text().strip();
        String start = after.text().strip();
        return !end.isEmpty()
                && !start.isEmpty()
                && !ENDS_LIKE_SENTENCE.matcher(end).find()
                && Character.isLowerCase(start.codePointAt(0));
    }

    /** The depth of a numbered heading such as "2.1 Online referrals" (2), or 0 when the line is not one. */
    static int numberedHeadingLevel(String line) {
        if (line.length() > 120
                || ENDS_LIKE_SENTENCE.matcher(line).find()
                || TRAILING_YEAR.matcher(line).find()) {
            return 0;
        }
        Matcher numbered = NUMBERED_HEADING.matcher(line);
        if (!numbered.matches() || line.split("\\s+").length > 14) {
            return 0;
        }
        return numbered.group(1).split("\\.").length;
    }

    private static boolean isField(String line) {
        Matcher field = FIELD.matcher(line);
        return field.matches() && FIELD_KEYS.contains(field.group(1).strip().toLowerCase(Locale.ROOT));
    }

    private static Block.Field field(String line, Integer page) {
        Matcher field = FIELD.matcher(line);
        field.matches();
        return new Block.Field(
                field.group(1).strip().toLowerCase(Locale.ROOT), field.group(2).strip(), page);
    }

    private static String singleLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
