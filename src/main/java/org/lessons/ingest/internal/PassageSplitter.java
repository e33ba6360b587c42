package org.lessons.ingest.internal;

import java.text.BreakIterator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Cuts a document into passages that follow its structure. A passage is usually one paragraph: the size of a
 * lesson as practitioners write it. Very short paragraphs (list items, one-liners) join the next ones in the
 * same section; very long ones are cut at sentence ends. A passage never spans two sections, and carries its
 * section path and the page it starts on, which is what a citation needs.
 */
final class PassageSplitter {

    static final int MIN_CHARS = 200;
    static final int MAX_CHARS = 1200;

    private PassageSplitter() {}

    /** A passage before language detection and ids. */
    record Draft(int ordinal, String section, Integer page, String text) {}

    static List<Draft> split(List<Block> blocks, String title) {
        return new Run(title).split(blocks);
    }

    private static final class Run {
        private final String title;
        private final Deque<Block.Heading> headings = new ArrayDeque<>();
        private final List<Draft> drafts = new ArrayList<>();
        private final StringBuilder buffer = new StringBuilder();
        private Integer bufferPage;
        private boolean seenContent;

        Run(String title) {
            this.title = title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
        }

        List<Draft> split(List<Block> blocks) {
            for (Block block : blocks) {
                // front-matter fields describe the document; they are metadata, not lessons
                if (block instanceof Block.Heading heading) {
                    heading(heading);
                } else if (block instanceof Block.Paragraph paragraph) {
                    paragraph(paragraph);
                }
            }
            flush();
            return drafts;
        }

        private void heading(Block.Heading heading) {
            flush();
            if (!seenContent
                    && headings.isEmpty()
                    && heading.text().toLowerCase(Locale.ROOT).equals(title)) {
                return;
            }
            while (!headings.isEmpty() && headings.peekLast().level() >= heading.level()) {
                headings.removeLast();
            }
            headings.addLast(heading);
        }

        private void paragraph(Block.Paragraph paragraph) {
            seenContent = true;
            String text = paragraph.text();
            if (text.length() > MAX_CHARS) {
                flush();
                sentenceChunks(text).forEach(chunk -> add(chunk, paragraph.page(), true));
                return;
            }
            if (buffer.length() > 0 && buffer.length() + text.length() > MAX_CHARS) {
                flush();
            }
            add(text, paragraph.page(), buffer.length() + text.length() >= MIN_CHARS);
        }

        private void add(String text, Integer page, boolean complete) {
            if (buffer.length() == 0) {
                bufferPage = page;
            } else {
                buffer.append(' ');
            }
            buffer.append(text);
            if (complete) {
                flush();
            }
        }

        private void flush() {
            if (buffer.length() == 0) {
                return;
            }
            String section = headings.stream().map(Block.Heading::text).collect(Collectors.joining(" > "));
            drafts.add(new Draft(drafts.size(), section, bufferPage, buffer.toString()));
            buffer.setLength(0);
            bufferPage = null;
        }
    }

    /** Cuts a long paragraph into pieces of at most about {@link #MAX_CHARS}, at sentence ends where possible. */
    static List<String> sentenceChunks(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            String sentence = text.substring(start, end);
            if (chunk.length() > 0 && chunk.length() + sentence.length() > MAX_CHARS) {
                chunks.add(chunk.toString().strip());
                chunk.setLength(0);
            }
            while (sentence.length() > MAX_CHARS) {
                chunks.add(sentence.substring(0, MAX_CHARS).strip());
                sentence = sentence.substring(MAX_CHARS);
            }
            chunk.append(sentence);
        }
        if (!chunk.toString().isBlank()) {
            chunks.add(chunk.toString().strip());
        }
        return chunks;
    }
}
