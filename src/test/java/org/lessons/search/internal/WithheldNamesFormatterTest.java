package org.lessons.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.lessons.enrich.NameSpans;
import org.lessons.enrich.NameSpans.Span;

/**
 * Marks and withheld names in one snippet: a match on a name (possible for a passage indexed before its names were
 * left out of the index) marks nothing and shows no letter of it, a match running into a name is cut at the name, and
 * everything else is exactly what Lucene's own formatter writes.
 */
class WithheldNamesFormatterTest {

    private static final String TEXT = "Dr Oswin Quillfeather opened the jetty session.";
    private static final NameSpans NAME = new NameSpans(List.of(new Span(3, 21)));

    @Test
    void aMatchOnANameMarksNothingAndShowsNoLetterOfIt() {
        String formatted = format(NAME, match(3, 8), match(9, 21), match(22, 28));

        assertThat(formatted)
                .startsWith("Dr")
                .doesNotContain("Oswin", "Quillfeather")
                .containsOnlyOnce("[name withheld]")
                .contains("<mark>opened</mark>")
                .doesNotContainPattern("<mark>[^<]*\\[name withheld\\]")
                .containsOnlyOnce("<mark>");
    }

    @Test
    void aMatchRunningIntoANameIsCutWhereTheNameBegins() {
        String formatted = format(NAME, match(0, 8));

        assertThat(formatted)
                .startsWith("<mark>Dr")
                .contains("</mark>[name withheld]")
                .doesNotContain("Oswin");
    }

    @Test
    void withoutNamesItWritesWhatLucenesFormatterWrites() {
        Passage passage = passage(0, TEXT.length(), new int[] {22, 28});

        assertThat(new WithheldNamesFormatter(" … ", NameSpans.NONE).format(new Passage[] {passage}, TEXT))
                .isEqualTo(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true)
                        .format(new Passage[] {passage}, TEXT));
    }

    private static String format(NameSpans names, int[]... matches) {
        int[] flat = new int[matches.length * 2];
        for (int i = 0; i < matches.length; i++) {
            flat[2 * i] = matches[i][0];
            flat[2 * i + 1] = matches[i][1];
        }
        return new WithheldNamesFormatter(" … ", names).format(new Passage[] {passage(0, TEXT.length(), flat)}, TEXT);
    }

    private static int[] match(int start, int end) {
        return new int[] {start, end};
    }

    /** A passage over [start, end) with matches as start, end pairs. */
    private static Passage passage(int start, int end, int[] matches) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        for (int i = 0; i < matches.length; i += 2) {
            passage.addMatch(matches[i], matches[i + 1], new BytesRef("w"), 1);
        }
        return passage;
    }
}
