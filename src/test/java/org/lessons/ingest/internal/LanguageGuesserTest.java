package org.lessons.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A passage keeps its document's language when it is plainly written in it, without asking the detector; anything
 * else, a passage in another language or in a language without a word list, is left to the detector.
 */
class LanguageGuesserTest {

    private static final Map<String, String> PASSAGES = Map.of(
            "en",
            "The prosecutors explained that the proscription of the group had been decided by the minister, and that"
                    + " membership of it was an offence from the day of the order. They noted that this made it easier"
                    + " to disrupt the recruitment of young people through online forums.",
            "fr",
            "Les procureurs ont expliqué que la dissolution du groupe avait été décidée par le ministre, et que"
                    + " l'appartenance à celui-ci était une infraction dès le jour du décret. Ils ont noté que cela"
                    + " facilitait la perturbation du recrutement des jeunes sur les forums en ligne.",
            "de",
            "Die Staatsanwälte erklärten, dass das Verbot der Gruppe vom Minister beschlossen worden sei und dass die"
                    + " Mitgliedschaft in ihr ab dem Tag der Verfügung eine Straftat sei. Sie stellten fest, dass dies"
                    + " die Störung der Anwerbung junger Menschen über Online-Foren erleichtert habe.",
            "es",
            "Los fiscales explicaron que la ilegalización del grupo había sido decidida por el ministro, y que la"
                    + " pertenencia al mismo era un delito desde el día de la orden. Señalaron que esto facilitaba la"
                    + " interrupción del reclutamiento de jóvenes a través de foros en línea. Los jueces, por su parte,"
                    + " pidieron más pruebas sobre la financiación del grupo antes de condenar a sus dirigentes.",
            "nl",
            "De officieren van justitie legden uit dat het verbod op de groep door de minister was besloten, en dat"
                    + " het lidmaatschap ervan een strafbaar feit was vanaf de dag van het besluit. Zij merkten op dat"
                    + " dit het verstoren van de werving van jongeren via online fora eenvoudiger maakte.",
            "it",
            "I procuratori hanno spiegato che lo scioglimento del gruppo era stato deciso dal ministro, e che"
                    + " l'appartenenza ad esso costituiva reato dal giorno del decreto. Hanno osservato che ciò"
                    + " rendeva più facile ostacolare il reclutamento dei giovani attraverso i forum online.");

    private final LanguageGuesser guesser = new LanguageGuesser();

    /** The languages of the sample corpus. */
    private static final java.util.List<String> DETECTED = java.util.List.of("en", "fr", "de", "es");

    @Test
    void aPassageInItsDocumentsLanguageKeepsIt() {
        DETECTED.forEach(language -> assertThat(guesser.guess(PASSAGES.get(language), language))
                .as(language)
                .isEqualTo(language));
    }

    @Test
    void aShortTextTakesItsDocumentsLanguage() {
        assertThat(guesser.guess("Merci à tous.", "en")).isEqualTo("en");
    }

    @Test
    void onlyAPassagePlainlyInItsDocumentsLanguageSkipsTheDetector() {
        assertThat(FunctionWords.plainlyIn(PASSAGES.get("en"), "en")).isTrue();
        assertThat(FunctionWords.plainlyIn(PASSAGES.get("fr"), "fr")).isTrue();
        assertThat(FunctionWords.plainlyIn(PASSAGES.get("de"), "de")).isTrue();
        assertThat(FunctionWords.plainlyIn(PASSAGES.get("es"), "es")).isTrue();

        for (String other : new String[] {"fr", "de", "es", "nl", "it"}) {
            assertThat(FunctionWords.plainlyIn(PASSAGES.get(other), "en"))
                    .as(other)
                    .isFalse();
        }
        assertThat(FunctionWords.plainlyIn(PASSAGES.get("it"), "es")).isFalse();
        assertThat(FunctionWords.plainlyIn(PASSAGES.get("nl"), "de")).isFalse();
        assertThat(FunctionWords.plainlyIn(PASSAGES.get("en"), "nl"))
                .as("no list, no shortcut")
                .isFalse();
    }
}
