package org.lessons.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;

class MarkingFileTest {

    @Test
    void readsKeysAndValuesWithCommentsAndBlankLines() {
        assertThat(MarkingFile.parse("# set by the secretariat\n\nmarking: TLP:AMBER\nchatham-house: true\n"))
                .isEqualTo(new StatedHandling(Marking.AMBER, true));
        assertThat(MarkingFile.parse("Marking: tlp:amber+strict\r\nChatham-House: no"))
                .isEqualTo(new StatedHandling(Marking.AMBER_STRICT, false));
    }

    @Test
    void aBareMarkingLineIsTheMarking() {
        assertThat(MarkingFile.parse("TLP:RED\n")).isEqualTo(new StatedHandling(Marking.RED, null));
        assertThat(MarkingFile.parse("TLP:WHITE")).isEqualTo(new StatedHandling(Marking.CLEAR, null));
        assertThat(MarkingFile.parse("tlp: TLP:AMBER")).isEqualTo(new StatedHandling(Marking.AMBER, null));
    }

    @Test
    void theChathamHouseRuleAloneLeavesTheMarkingToOtherSources() {
        assertThat(MarkingFile.parse("chatham-house: yes")).isEqualTo(new StatedHandling(null, true));
    }

    @Test
    void anUnknownMarkingIsRefusedNamingTheLineAndTheAcceptedOnes() {
        assertThatThrownBy(() -> MarkingFile.parse("marking: TLP:AMBR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining(Marking.labels());
    }

    @Test
    void anUnknownKeyIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> MarkingFile.parse("markng: TLP:CLEAR"))
                .hasMessageContaining("line 1 ('markng: TLP:CLEAR') is not understood")
                .hasMessageContaining("marking: TLP:AMBER");
    }

    @Test
    void aFileStatingNothingOrTwoMarkingsIsRefused() {
        assertThatThrownBy(() -> MarkingFile.parse("# nothing yet\n")).hasMessageContaining("states no marking");
        assertThatThrownBy(() -> MarkingFile.parse("TLP:CLEAR\nmarking: TLP:RED"))
                .hasMessageContaining("line 2 names TLP:RED after TLP:CLEAR");
    }

    @Test
    void aChathamHouseValueOtherThanYesOrNoIsRefused() {
        assertThatThrownBy(() -> MarkingFile.parse("chatham-house: maybe"))
                .hasMessageContaining("chatham-house is 'maybe'; write true or false");
    }
}
