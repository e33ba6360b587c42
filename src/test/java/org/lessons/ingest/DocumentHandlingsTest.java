package org.lessons.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;
import org.lessons.marking.MarkingSource;
import org.lessons.search.SearchRequest;
import org.lessons.testsupport.CanaryCorpus;
import org.lessons.testsupport.TestViewers;

/** Curators' overrides on the canary corpus: obeyed by search on return, within the curator's clearance. */
class DocumentHandlingsTest {

    @TempDir
    Path dataDir;

    private CanaryCorpus canaries;

    @BeforeEach
    void start() {
        canaries = new CanaryCorpus(dataDir);
    }

    @AfterEach
    void stop() throws Exception {
        TestViewers.signOut();
        canaries.close();
    }

    @Test
    void anOverrideCountsInSearchWhenItReturns() {
        String amber = CanaryCorpus.documentId(Marking.AMBER);
        canaries.signIn(Marking.CLEAR);
        assertThat(found(Marking.AMBER)).isZero();

        canaries.signIn(Marking.AMBER);
        HandlingChange change = canaries.handlings()
                .override(amber, new Handling(Marking.CLEAR, true))
                .orElseThrow();

        assertThat(change.before()).isEqualTo(Handling.of(Marking.AMBER));
        assertThat(change.after().source()).isEqualTo(MarkingSource.OVERRIDE);
        canaries.signIn(Marking.CLEAR);
        assertThat(found(Marking.AMBER)).isEqualTo(1);
        assertThat(canaries.handlings().handling(amber).orElseThrow().source()).isEqualTo(MarkingSource.OVERRIDE);
    }

    @Test
    void nobodyMarksADocumentAboveTheirOwnClearanceOrOneTheyCannotSee() {
        canaries.signIn(Marking.AMBER);

        assertThatThrownBy(() ->
                        canaries.handlings().override(CanaryCorpus.documentId(Marking.GREEN), Handling.of(Marking.RED)))
                .isInstanceOf(MarkingAboveClearanceException.class)
                .hasMessage("Your clearance is TLP:AMBER, so you may mark documents up to TLP:AMBER. Ask someone"
                        + " cleared for TLP:RED to mark this document TLP:RED.");
        assertThat(canaries.handlings().override(CanaryCorpus.documentId(Marking.RED), Handling.of(Marking.CLEAR)))
                .isEmpty();
        canaries.signIn(Marking.RED);
        assertThat(found(Marking.RED)).isEqualTo(1);
        assertThat(found(Marking.GREEN)).isEqualTo(1);
    }

    @Test
    void onlySomeoneClearedForTheNamesLiftsTheChathamHouseRule() {
        String green = CanaryCorpus.documentId(Marking.GREEN);
        canaries.signIn(Marking.AMBER);
        canaries.handlings().override(green, new Handling(Marking.GREEN, true));

        canaries.signIn(Marking.GREEN);
        assertThat(canaries.handlings().mayLiftChathamHouse()).isFalse();
        assertThatThrownBy(() -> canaries.handlings().override(green, Handling.of(Marking.GREEN)))
                .isInstanceOf(MarkingAboveClearanceException.class)
                .hasMessageContaining("names in documents held under the Chatham House rule are for TLP:AMBER");
        assertThatThrownBy(() -> canaries.handlings().removeOverride(green))
                .isInstanceOf(MarkingAboveClearanceException.class);
        assertThat(canaries.handlings().override(green, new Handling(Marking.CLEAR, true)))
                .as("keeping the rule while lowering the marking is theirs to decide")
                .isPresent();

        canaries.signIn(Marking.AMBER);
        assertThat(canaries.handlings()
                        .override(green, Handling.of(Marking.GREEN))
                        .orElseThrow()
                        .after()
                        .handling())
                .isEqualTo(Handling.of(Marking.GREEN));
    }

    private long found(Marking marking) {
        return canaries.search()
                .search(SearchRequest.of(CanaryCorpus.token(marking)))
                .total();
    }
}
