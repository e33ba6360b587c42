package org.lessons.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;
import org.lessons.marking.MarkingSource;
import org.lessons.marking.SourcedHandling;

class HandlingPrecedenceTest {

    private static final StatedHandling CLEAR = new StatedHandling(Marking.CLEAR, null);
    private static final StatedHandling GREEN = new StatedHandling(Marking.GREEN, null);
    private static final StatedHandling AMBER = new StatedHandling(Marking.AMBER, null);
    private static final StatedHandling STRICT = new StatedHandling(Marking.AMBER_STRICT, null);
    private static final StatedHandling RED = new StatedHandling(Marking.RED, null);

    @Test
    void withNothingStatedTheConfiguredDefaultCountsWithoutTheChathamHouseRule() {
        assertThat(decide(Map.of(), Marking.AMBER))
                .isEqualTo(new SourcedHandling(new Handling(Marking.AMBER, false), MarkingSource.DEFAULT));
    }

    @Test
    void eachSourceDecidesWhenItIsTheOnlyOne() {
        for (MarkingSource source : MarkingSource.values()) {
            if (source == MarkingSource.DEFAULT) {
                continue;
            }
            assertThat(decide(Map.of(source, RED), Marking.GREEN))
                    .as(source.code())
                    .isEqualTo(new SourcedHandling(Handling.of(Marking.RED), source));
        }
    }

    @Test
    void theHigherSourceWinsEvenWhenItMarksLessTightly() {
        Map<MarkingSource, StatedHandling> all = new EnumMap<>(Map.of(
                MarkingSource.OVERRIDE, CLEAR,
                MarkingSource.SIDECAR, GREEN,
                MarkingSource.METADATA, AMBER,
                MarkingSource.TEXT, STRICT,
                MarkingSource.FOLDER, RED));

        assertThat(decide(all, Marking.RED).source()).isEqualTo(MarkingSource.OVERRIDE);
        all.remove(MarkingSource.OVERRIDE);
        assertThat(decide(all, Marking.RED))
                .isEqualTo(new SourcedHandling(Handling.of(Marking.GREEN), MarkingSource.SIDECAR));
        all.remove(MarkingSource.SIDECAR);
        assertThat(decide(all, Marking.RED))
                .isEqualTo(new SourcedHandling(Handling.of(Marking.AMBER), MarkingSource.METADATA));
        all.remove(MarkingSource.METADATA);
        assertThat(decide(all, Marking.RED))
                .isEqualTo(new SourcedHandling(Handling.of(Marking.AMBER_STRICT), MarkingSource.TEXT));
        all.remove(MarkingSource.TEXT);
        assertThat(decide(all, Marking.CLEAR))
                .isEqualTo(new SourcedHandling(Handling.of(Marking.RED), MarkingSource.FOLDER));
    }

    @Test
    void theChathamHouseFlagIsDecidedApartFromTheMarking() {
        Map<MarkingSource, StatedHandling> stated = Map.of(
                MarkingSource.SIDECAR, new StatedHandling(null, true),
                MarkingSource.TEXT, AMBER,
                MarkingSource.FOLDER, new StatedHandling(Marking.GREEN, false));

        assertThat(decide(stated, Marking.GREEN))
                .isEqualTo(new SourcedHandling(new Handling(Marking.AMBER, true), MarkingSource.TEXT));
    }

    @Test
    void aHigherSourceCanLiftTheChathamHouseRuleALowerOneImposes() {
        Map<MarkingSource, StatedHandling> stated = Map.of(
                MarkingSource.SIDECAR, new StatedHandling(null, false),
                MarkingSource.FOLDER, new StatedHandling(null, true));

        assertThat(decide(stated, Marking.GREEN).handling()).isEqualTo(new Handling(Marking.GREEN, false));
    }

    @Test
    void anUnreadableMarkingFileHoldsTheDocumentAsTightlyAsPossible() {
        Map<MarkingSource, StatedHandling> stated =
                Map.of(MarkingSource.SIDECAR, StatedHandling.MOST_RESTRICTIVE, MarkingSource.TEXT, CLEAR);

        assertThat(decide(stated, Marking.GREEN))
                .isEqualTo(new SourcedHandling(new Handling(Marking.RED, true), MarkingSource.SIDECAR));
    }

    private static SourcedHandling decide(Map<MarkingSource, StatedHandling> stated, Marking configuredDefault) {
        return HandlingPrecedence.decide(stated, configuredDefault);
    }
}
