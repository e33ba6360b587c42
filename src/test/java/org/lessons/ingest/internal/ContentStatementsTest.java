package org.lessons.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;

class ContentStatementsTest {

    @Test
    void aCustomPropertyInWordOrPdfMetadataMarksTheDocument() {
        assertThat(ContentStatements.fromMetadata(Map.of("custom:TLP", List.of("TLP:AMBER"))))
                .isEqualTo(new StatedHandling(Marking.AMBER, null));
        assertThat(ContentStatements.fromMetadata(Map.of("pdf:docinfo:custom:Classification", List.of("TLP:RED"))))
                .isEqualTo(new StatedHandling(Marking.RED, null));
        assertThat(ContentStatements.fromMetadata(Map.of("custom:Chatham House", List.of("yes"))))
                .isEqualTo(new StatedHandling(null, true));
    }

    @Test
    void aChathamHousePropertyLiftsTheRuleOnlyWithAPlainNo() {
        for (String meant : List.of("ja", "oui", "sí", "Y", "applies")) {
            assertThat(ContentStatements.fromMetadata(Map.of("custom:Chatham House", List.of(meant))))
                    .as(meant)
                    .isEqualTo(new StatedHandling(null, true));
        }
        assertThat(ContentStatements.fromMetadata(Map.of("custom:Chatham House", List.of("No"))))
                .isEqualTo(new StatedHandling(null, false));
    }

    @Test
    void metadataThatIsNoTlpMarkingSaysNothing() {
        assertThat(ContentStatements.fromMetadata(
                        Map.of("custom:classification", List.of("internal"), "dc:title", List.of("TLP:RED notes"))))
                .isEqualTo(StatedHandling.NOTHING);
    }

    @Test
    void twoMarkingsInTheMetadataCountAsTheMoreRestrictedOne() {
        assertThat(ContentStatements.fromMetadata(
                                Map.of("custom:TLP", List.of("TLP:GREEN"), "custom:marking", List.of("TLP:AMBER")))
                        .marking())
                .isEqualTo(Marking.AMBER);
    }

    @Test
    void aMarkingLineNearTheTopMarksTheDocument() {
        assertThat(ContentStatements.fromText(
                        List.of(heading("Minutes"), paragraph("**TLP:AMBER+STRICT**"), paragraph("We met."))))
                .isEqualTo(new StatedHandling(Marking.AMBER_STRICT, null));
        assertThat(ContentStatements.fromText(List.of(paragraph("Marking: TLP:RED")))
                        .marking())
                .isEqualTo(Marking.RED);
    }

    @Test
    void aShortLineNamingTheChathamHouseRuleNearTheTopAppliesIt() {
        assertThat(ContentStatements.fromText(
                        List.of(heading("Minutes"), paragraph("TLP:GREEN\nHeld under the Chatham House Rule."))))
                .isEqualTo(new StatedHandling(Marking.GREEN, true));
    }

    @Test
    void aMarkingOrTheRuleMentionedInRunningTextOrFurtherDownDoesNotCount() {
        String talk = "Participants discussed whether TLP:RED should apply and why the Chatham House rule was"
                + " considered essential by the delegations from all the member states that took part.";
        assertThat(ContentStatements.fromText(List.of(heading("Minutes"), paragraph(talk))))
                .isEqualTo(StatedHandling.NOTHING);
        List<RawBlock> longTop = List.of(paragraph("x".repeat(600)), paragraph("y".repeat(600)), paragraph("TLP:RED"));
        assertThat(ContentStatements.fromText(longTop)).isEqualTo(StatedHandling.NOTHING);
        List<RawBlock> manyBlocks = List.of(
                heading("a"), paragraph("b"), paragraph("c"), paragraph("d"), paragraph("e"), paragraph("TLP:RED"));
        assertThat(ContentStatements.fromText(manyBlocks)).isEqualTo(StatedHandling.NOTHING);
    }

    private static RawBlock heading(String text) {
        return new RawBlock(1, null, text);
    }

    private static RawBlock paragraph(String text) {
        return new RawBlock(0, null, text);
    }
}
