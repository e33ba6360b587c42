package org.lessons.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructureReaderTest {

    @Test
    void plainTextIsSplitIntoParagraphsAtBlankLines() {
        List<Block> blocks = StructureReader.read(
                List.of(new RawBlock(0, null, "First paragraph spans\ntwo lines.\n\nSecond paragraph.")));

        assertThat(blocks)
                .containsExactly(
                        new Block.Paragraph("First paragraph spans two lines.", null),
                        new Block.Paragraph("Second paragraph.", null));
    }

    @Test
    void markdownHeadingsBecomeHeadingsOfTheirDepth() {
        List<Block> blocks = StructureReader.read(
                List.of(new RawBlock(0, null, "# Closing meeting\n\n## 2. Online monitoring\nReferrals worked well.")));

        assertThat(blocks)
                .containsExactly(
                        new Block.Heading(1, "Closing meeting", null),
                        new Block.Heading(2, "2. Online monitoring", null),
                        new Block.Paragraph("Referrals worked well.", null));
    }

    @Test
    void numberedLinesWithoutHeadingMarkupAreReadAsHeadings() {
        List<Block> blocks = StructureReader.read(List.of(
                new RawBlock(0, 2, "3.1 Post-release monitoring"),
                new RawBlock(0, 2, "Probation services supervised license conditions.")));

        assertThat(blocks.get(0)).isEqualTo(new Block.Heading(2, "3.1 Post-release monitoring", 2));
        assertThat(blocks.get(1)).isInstanceOf(Block.Paragraph.class);
    }

    @Test
    void datesAndSentencesThatStartWithANumberAreNotHeadings() {
        assertThat(StructureReader.numberedHeadingLevel("12 March 2021")).isZero();
        assertThat(StructureReader.numberedHeadingLevel("12 States reported designations."))
                .isZero();
        assertThat(StructureReader.numberedHeadingLevel("4. Inter-agency coordination"))
                .isEqualTo(1);
        assertThat(StructureReader.numberedHeadingLevel("4.2.1 Fusion centres")).isEqualTo(3);
    }

    @Test
    void headerLinesAtTheTopAreFieldsInAnyOfTheLanguages() {
        List<Block> blocks = StructureReader.read(List.of(
                new RawBlock(0, null, "Datum: 27. April 2022"),
                new RawBlock(0, null, "Participants: Belgium, Canada\nFormat: online")));

        assertThat(blocks)
                .containsExactly(
                        new Block.Field("datum", "27. April 2022", null),
                        new Block.Field("participants", "Belgium, Canada", null),
                        new Block.Field("format", "online", null));
    }
}
