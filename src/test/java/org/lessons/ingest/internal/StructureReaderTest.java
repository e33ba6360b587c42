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
    void aParagraphCutByAPageBreakIsJoinedAgain() {
        List<Block> blocks = StructureReader.read(List.of(
                new RawBlock(0, 3, "Licensing authorities do not always receive information on"),
                new RawBlock(0, 4, "extremist affiliations in time."),
                new RawBlock(0, 4, "A new paragraph starts here.")));

        assertThat(blocks)
                .containsExactly(
                        new Block.Paragraph(
                                "Licensing authorities do not always receive information on extremist affiliations in time.",
                                3),
                        new Block.Paragraph("A new paragraph starts here.", 4));
    }

    @Test
    void headingsAndBulletsInsideAPdfBlockStartNewBlocks() {
        List<Block> blocks = StructureReader.read(
                List.of(
                        new RawBlock(
                                0,
                                5,
                                "in time to revoke firearms licences.\n8. Recommendations\n• Share information with licensing\nauthorities.\n• Freeze assets early.")));

        assertThat(blocks)
                .containsExactly(
                        new Block.Paragraph("in time to revoke firearms licences.", 5),
                        new Block.Heading(1, "8. Recommendations", 5),
                        new Block.Paragraph("• Share information with licensing authorities.", 5),
                        new Block.Paragraph("• Freeze assets early.", 5));
    }

    @Test
    void aWrappedLineStartingWithANumberIsNotAHeading() {
        List<Block> blocks = StructureReader.read(
                List.of(
                        new RawBlock(
                                0,
                                1,
                                "The working group met on several occasions and by the end of the year\n12 States Reported Designations")));

        assertThat(blocks).singleElement().isInstanceOf(Block.Paragraph.class);
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
