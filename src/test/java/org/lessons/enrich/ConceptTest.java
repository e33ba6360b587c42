package org.lessons.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConceptTest {

    /** Query synonyms are taken from the names in this order, so it must not change from one run to the next. */
    @Test
    void namesComeInTheOrderOfTheVocabularyFile() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("en", "Prison rehabilitation");
        labels.put("fr", "Réhabilitation en prison");
        labels.put("de", "Deradikalisierung im Strafvollzug");
        labels.put("es", "Rehabilitación penitenciaria");
        labels.put("it", "Riabilitazione in carcere");
        labels.put("nl", "Rehabilitatie in detentie");
        Map<String, List<String>> altLabels = new LinkedHashMap<>();
        altLabels.put("en", List.of("Disengagement in prison"));
        altLabels.put("fr", List.of("Désengagement en détention"));

        Concept concept = new Concept("prison-rehabilitation", Concept.TOOL, null, labels, altLabels, Map.of());

        assertThat(concept.names())
                .containsExactly(
                        "Prison rehabilitation",
                        "Réhabilitation en prison",
                        "Deradikalisierung im Strafvollzug",
                        "Rehabilitación penitenciaria",
                        "Riabilitazione in carcere",
                        "Rehabilitatie in detentie",
                        "Disengagement in prison",
                        "Désengagement en détention");
    }
}
