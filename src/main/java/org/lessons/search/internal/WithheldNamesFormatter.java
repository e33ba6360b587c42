package org.lessons.search.internal;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.lessons.enrich.NameSpans;
import org.lessons.enrich.NameSpans.Span;

/**
 * Formats highlighted passages as the default formatter does (HTML-escaped, matches in {@code <mark>}), but puts
 * {@link NameSpans#PLACEHOLDER} where the text names a person the reader may not see. Withholding and marking are
 * done in one pass over the original text, so that neither corrupts the other: a name is never inside a
 * {@code <mark>}, a mark never splits the placeholder, and each name is replaced once even where a passage boundary
 * or a match runs through it.
 */
final class WithheldNamesFormatter extends DefaultPassageFormatter {

    private final NameSpans names;

    WithheldNamesFormatter(String ellipsis, NameSpans names) {
        super("<mark>", "</mark>", ellipsis, true);
        this.names = names;
    }

    @Override
    public String format(Passage[] passages, String content) {
        if (names.isEmpty()) {
            return super.format(passages, content);
        }
        Output out = new Output(content);
        int pos = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > pos && pos > 0) {
                out.text.append(ellipsis);
            }
            pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                out.write(pos, start, false);
                int end = passage.getMatchEnds()[i];
                while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
                    end = Math.max(end, passage.getMatchEnds()[++i]);
                }
                end = Math.min(end, passage.getEndOffset());
                out.write(start, end, true);
                pos = end;
            }
            out.write(pos, Math.max(pos, passage.getEndOffset()), false);
            pos = passage.getEndOffset();
        }
        return out.text.toString();
    }

    /** The formatted text so far, and how far names have been withheld in it. */
    private final class Output {

        private final String content;
        private final StringBuilder text = new StringBuilder();
        private int withheldUpTo;

        Output(String content) {
            this.content = content;
        }

        /** Writes content[from, to), marked or not, with each name in it replaced by the placeholder. */
        void write(int from, int to, boolean marked) {
            int at = from;
            for (Span name : names.spans()) {
                if (name.end() <= at || name.start() >= to) {
                    continue;
                }
                piece(at, name.start(), marked);
                if (name.end() > withheldUpTo) {
                    text.append(NameSpans.PLACEHOLDER);
                    withheldUpTo = name.end();
                }
                at = Math.min(to, name.end());
            }
            piece(at, to, marked);
        }

        private void piece(int from, int to, boolean marked) {
            if (to <= from) {
                return;
            }
            if (marked) {
                text.append(preTag);
            }
            append(text, content, from, to);
            if (marked) {
                text.append(postTag);
            }
        }
    }
}
