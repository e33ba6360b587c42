package org.lessons.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lessons.testsupport.TestIndex;

/**
 * Names of people in realistic meeting notes, and the countries, institutions and tools that must stay readable
 * in a Chatham House document, since they are what a practitioner searches for.
 */
class PersonNamesTest {

    private static Tagger tagger;

    @BeforeAll
    static void load() {
        tagger = TestIndex.tagger(Path.of("target", "no-overrides"));
    }

    @Test
    void withholdsNamesAfterTitlesInEachLanguage() {
        assertThat(withheld("Dr Ingrid Haugen opened the session."))
                .isEqualTo("Dr [name withheld] opened the session.");
        assertThat(withheld("Commissioner Johansson welcomed the participants."))
                .isEqualTo("Commissioner [name withheld] welcomed the participants.");
        assertThat(withheld("Prof. J.-P. Lefèvre and Mrs O'Brien disagreed."))
                .isEqualTo("Prof. [name withheld] and Mrs [name withheld] disagreed.");
        assertThat(withheld("M. Dupont et Mme Leclerc ont présenté le projet."))
                .isEqualTo("M. [name withheld] et Mme [name withheld] ont présenté le projet.");
        assertThat(withheld("Herr Schneider und Frau Dr. Weber berichteten über die Haft."))
                .isEqualTo("Herr [name withheld] und Frau Dr. [name withheld] berichteten über die Haft.");
        assertThat(withheld("La Sra. García Pérez y el Sr. Ruiz explicaron el programa."))
                .isEqualTo("La Sra. [name withheld] y el Sr. [name withheld] explicaron el programa.");
        assertThat(withheld("Superintendent van der Berg described the raid."))
                .isEqualTo("Superintendent [name withheld] described the raid.");
    }

    @Test
    void withholdsSpeakerLabelsButNotRoles() {
        String minutes = "Chair: welcome to all.\nJane Doe (NL): we saw this in prisons.\nMarc Dubois: agreed.\n"
                + "Conclusions: more training.";
        assertThat(withheld(minutes))
                .isEqualTo("Chair: welcome to all.\n[name withheld] (NL): we saw this in prisons.\n[name withheld]:"
                        + " agreed.\nConclusions: more training.");
    }

    @Test
    void withholdsWhoSaidOrPresentedWhat() {
        assertThat(withheld("Kowalczyk Brandt noted that exit programmes need time."))
                .isEqualTo("[name withheld] noted that exit programmes need time.");
        assertThat(withheld("The case study was presented by Helga Brandtner of the prison service."))
                .isEqualTo("The case study was presented by [name withheld] of the prison service.");
        assertThat(withheld("Selon Jean-Luc Moreau, la coopération a progressé."))
                .isEqualTo("Selon [name withheld], la coopération a progressé.");
        assertThat(withheld("El caso fue presentado por Lucía Fernández."))
                .isEqualTo("El caso fue presentado por [name withheld].");
    }

    @Test
    void withholdsGivenNamesWithSurnamesAndSignatures() {
        assertThat(withheld("Thanks to Ingrid Solberg and Pieter de Vries for the notes."))
                .isEqualTo("Thanks to [name withheld] and [name withheld] for the notes.");
        assertThat(withheld("Kind regards,\nAstrid Lindqvist")).isEqualTo("Kind regards,\n[name withheld]");
    }

    @Test
    void withholdsTheAuthorsWhereverTheyAreNamed() {
        String text = "Okonkwo-Baptiste raised the issue again; as Okonkwo-Baptiste put it, trust comes first.";
        NameSpans names = PersonNames.find(text, List.of("Adaeze Okonkwo-Baptiste"), tagger.tag(text));
        assertThat(names.withheld(text))
                .isEqualTo("[name withheld] raised the issue again; as [name withheld] put it, trust comes first.");
        String byOffice = "The Ministry of Justice published it.";
        assertThat(PersonNames.find(byOffice, List.of("Ministry of Justice"), tagger.tag(byOffice))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void leavesCountriesInstitutionsAndToolsAlone() {
        List<String> readable = List.of(
                "The European Court of Human Rights ruled on the case.",
                "New Zealand presented the Christchurch Call to the group.",
                "The Netherlands noted progress; Norway explained its approach.",
                "The Prison Service and the Probation Service said they share risk assessments.",
                "Europol reported an increase; UNODC stressed the legal framework.",
                "Chair: the Global Counterterrorism Forum presented the Rabat Memorandum.",
                "The Nelson Mandela Rules apply to every prisoner.",
                "Background: asset freezing under UN Security Council resolution 1373.",
                "In March the EU Internet Referral Unit presented its findings.",
                "La Cour européenne des droits de l'homme a statué. Le Conseil de l'Europe a souligné le risque.",
                "Die Bundesrepublik Deutschland stellte das Aussteigerprogramm vor.",
                "Next Steps: a second meeting.\nKey Findings: trust matters.\nWorkshop Notes: see annex.",
                "Several Participants noted the risk. Both Delegations stressed training. Member States agreed.",
                "La Guardia Civil presentó el plan; Marruecos explicó su estrategia.");
        for (String text : readable) {
            assertThat(withheld(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void aNameKeepsItsPlaceSoThatTheIndexCanLeaveItOut() {
        String text = "Dr Ingrid Haugen opened.";
        NameSpans names = PersonNames.find(text, List.of(), tagger.tag(text));
        assertThat(names.blanked(text)).isEqualTo("Dr               opened.").hasSameSizeAs(text);
        assertThat(NameSpans.decode(names.encode())).isEqualTo(names);
    }

    private static String withheld(String text) {
        return PersonNames.find(text, List.of(), tagger.tag(text)).withheld(text);
    }
}
