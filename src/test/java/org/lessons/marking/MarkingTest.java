package org.lessons.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkingTest {

    @Test
    void readsMarkingsAsPractitionersWriteThem() {
        assertThat(Marking.parse("TLP:AMBER+STRICT")).isEqualTo(Marking.AMBER_STRICT);
        assertThat(Marking.parse(" tlp: amber ")).isEqualTo(Marking.AMBER);
        assertThat(Marking.parse("RED")).isEqualTo(Marking.RED);
        assertThat(Marking.parse("TLP:WHITE")).isEqualTo(Marking.CLEAR);
    }

    @Test
    void anUnknownMarkingNamesTheAcceptedOnes() {
        assertThatThrownBy(() -> Marking.parse("TLP:PURPLE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TLP:PURPLE")
                .hasMessageContaining("TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED");
        assertThatThrownBy(() -> Marking.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClearancePermitsItsOwnMarkingAndEveryLessRestrictedOne() {
        assertThat(Marking.AMBER.visible()).containsExactly(Marking.CLEAR, Marking.GREEN, Marking.AMBER);
        assertThat(Marking.AMBER.permits(Marking.AMBER_STRICT)).isFalse();
        assertThat(Marking.RED.permits(Marking.AMBER_STRICT)).isTrue();
        assertThat(Marking.CLEAR.visible()).containsExactly(Marking.CLEAR);
    }
}
