package org.lessons.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

    private static final String LONG_PARAGRAPH =
            "Prosecutors learned that intelligence must be turned into admissible evidence early. ".repeat(3);

    @Test
    void eachPassageCarriesItsSectionPathAndStartPage() {
        List<PassageSplitter.Draft> drafts = PassageSplitter.split(
                List.of(
                        new Block.Heading(1, "2. Investigation", 3),
                        new Block.Heading(2, "2.1 Online evidence", 3),
                        new Block.Paragraph(LONG_PARAGRAPH, 4),
                        new Block.Heading(1, "3. Prosecution", 5),
                        new Block.Paragraph(LONG_PARAGRAPH, 5)),
                "Guide");

        assertThat(drafts)
                .extracting(PassageSplitter.Draft::section)
                .containsExactly("2. Investigation > 2.1 Online evidence", "3. Prosecution");
        assertThat(drafts).extracting(PassageSplitter.Draft::page).containsExactly(4, 5);
        assertThat(drafts).extracting(PassageSplitter.Draft::ordinal).containsExactly(0, 1);
    }

    @Test
    void shortParagraphsJoinTheNextOnesInTheSameSection() {
        List<PassageSplitter.Draft> drafts = PassageSplitter.split(
                List.of(
                        new Block.Heading(1, "Recommendations", null),
                        new Block.Paragraph("Designate groups early.", null),
                        new Block.Paragraph("Freeze assets promptly.", null),
                        new Block.Paragraph(LONG_PARAGRAPH, null)),
                "Guide");

        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).text()).startsWith("Designate groups early. Freeze assets promptly. Prosecutors");
    }

    @Test
    void aShortParagraphDoesNotCrossIntoTheNextSection() {
        List<PassageSplitter.Draft> drafts = PassageSplitter.split(
                List.of(
                        new Block.Heading(1, "A", null),
                        new Block.Paragraph("Only a line.", null),
                        new Block.Heading(1, "B", null),
                        new Block.Paragraph(LONG_PARAGRAPH, null)),
                "Guide");

        assertThat(drafts).extracting(PassageSplitter.Draft::section).containsExactly("A", "B");
        assertThat(drafts.get(0).text()).isEqualTo("Only a line.");
    }

    @Test
    void longParagraphsAreCutAtSentenceEnds() {
        String veryLong = "The joint investigation team shared evidence through Eurojust within days. ".repeat(40);

        List<PassageSplitter.Draft> drafts = PassageSplitter.split(List.of(new Block.Paragraph(veryLong, null)), "x");

        assertThat(drafts).hasSizeGreaterThan(1);
        assertThat(drafts).allSatisfy(draft -> {
            assertThat(draft.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX_CHARS);
            assertThat(draft.text()).endsWith("days.");
        });
    }

    @Test
    void theTitleRepeatedAsFirstHeadingIsNotASection() {
        List<PassageSplitter.Draft> drafts = PassageSplitter.split(
                List.of(
                        new Block.Heading(1, "Workshop on online monitoring", null),
                        new Block.Heading(2, "1. Introduction", null),
                        new Block.Paragraph(LONG_PARAGRAPH, null)),
                "Workshop on Online Monitoring");

        assertThat(drafts.get(0).section()).isEqualTo("1. Introduction");
    }

    @Test
    void frontMatterFieldsAreNotPassages() {
        List<PassageSplitter.Draft> drafts = PassageSplitter.split(
                List.of(new Block.Field("date", "12 March 2021", null), new Block.Paragraph(LONG_PARAGRAPH, null)),
                "x");

        assertThat(drafts)
                .singleElement()
                .extracting(PassageSplitter.Draft::text)
                .isEqualTo(LONG_PARAGRAPH);
    }
}
