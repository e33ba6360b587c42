package org.lessons.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.testsupport.TestIndex;

/** The tagger's rules on cases a practitioner would notice, false positives above all. */
class TaggerTest {

    private static Tagger tagger;

    @BeforeAll
    static void load() {
        tagger = TestIndex.tagger(Path.of("target", "no-overrides"));
    }

    @Test
    void recognisesCountriesByNameAndAdjectiveInSeveralLanguages() {
        assertThat(countries("Norwegian police shared the file with the Dutch Public Prosecution Service."))
                .containsExactly("NO", "NL");
        assertThat(countries("Les autorités françaises ont coopéré avec la Belgique."))
                .containsExactlyInAnyOrder("FR", "BE");
        assertThat(countries("Die deutsche Staatsanwaltschaft ermittelte in Österreich."))
                .containsExactlyInAnyOrder("DE", "AT");
        assertThat(countries("La Guardia Civil española colaboró con Marruecos."))
                .containsExactlyInAnyOrder("ES", "MA");
    }

    @Test
    void leavesOutTheClassicFalsePositives() {
        assertThat(countries("The choir travelled to Atlanta, Georgia, for a concert."))
                .isEmpty();
        assertThat(countries("Our colleague Jordan Smith will send the minutes."))
                .isEmpty();
        assertThat(countries("Chad Miller chaired the session.")).isEmpty();
        assertThat(countries("A roast turkey was served; he quit cold turkey.")).isEmpty();
        assertThat(countries("The school adopted a guinea pig.")).isEmpty();
        assertThat(countries("The summary is available in French and German.")).isEmpty();
        assertThat(countries("The minutes were translated from Spanish into English."))
                .isEmpty();
        assertThat(countries("Réunion en ligne des experts francophones.")).isEmpty();
    }

    @Test
    void stillFindsThoseCountriesInTheirOwnRight() {
        assertThat(countries("Prosecutors in Georgia and Moldova exchanged evidence."))
                .contains("GE", "MD");
        assertThat(countries("Delegations from Jordan and Morocco attended.")).contains("JO", "MA");
        assertThat(countries("Turkey extradited the suspect.")).containsExactly("TR");
        assertThat(countries("French prisons run exit programmes.")).containsExactly("FR");
    }

    @Test
    void derivesRegionsFromCountries() {
        PassageTags tags = tagger.tag("Norway and Serbia shared intelligence.");
        assertThat(tags.regions()).extracting(Tag::value).contains("nordic", "western-balkans");
    }

    @Test
    void recognisesOrganisationsByNameAndAcronymButNotOrdinaryWords() {
        assertThat(organisations("Europol and Eurojust supported the joint investigation team."))
                .containsExactlyInAnyOrder("europol", "eurojust");
        assertThat(organisations("The RAN working group met in Vienna.")).containsExactly("ran");
        assertThat(organisations("The investigator ran the checks twice.")).isEmpty();
        assertThat(organisations("Le Conseil de l'Europe et l'OSCE ont publié des lignes directrices."))
                .containsExactlyInAnyOrder("coe", "osce");
    }

    @Test
    void tagsToolsAndCountsNarrowerConceptsForTheirBroader() {
        PassageTags tags = tagger.tag("Asset freezing against the designated group cut its online fundraising.");
        assertThat(tags.tools()).extracting(Tag::value).contains("asset-freezing");
        assertThat(tagger.taxonomy().path("asset-freezing")).containsExactly("proscription", "asset-freezing");
    }

    @Test
    void everyTagSaysWhatTriggeredIt() {
        PassageTags tags = tagger.tag(
                "A lesson learned was that joint investigation teams with Norway need early Eurojust support.");
        assertThat(tags.kind().value()).isEqualTo("lesson-learned");
        assertThat(tags.kind().matched()).isNotBlank();
        assertThat(tags.tools()).allSatisfy(tag -> assertThat(tag.matched()).isNotBlank());
        assertThat(tags.countries()).singleElement().satisfies(tag -> {
            assertThat(tag.matched()).isEqualTo("Norway");
            assertThat(tag.rule()).contains("Norway");
        });
    }

    @Test
    void findsTheKindOfLessonFromCuePhrasesInEachLanguage() {
        assertThat(kind("Good practice: prosecutors joined the case conference from the start."))
                .isEqualTo("good-practice");
        assertThat(kind("Il est recommandé de désigner un point de contact unique."))
                .isEqualTo("recommendation");
        assertThat(kind("Eine zentrale Lücke bleibt der Austausch mit Plattformen."))
                .isEqualTo("gap");
        assertThat(kind("Las lecciones aprendidas muestran la importancia de la cooperación."))
                .isEqualTo("lesson-learned");
        assertThat(kind("It should be noted that the meeting took place online."))
                .isEqualTo("context");
        assertThat(kind("The meeting took place online.")).isEqualTo("context");
    }

    @Test
    void aCuratorCanReplaceTheTaxonomyAndReload(@TempDir Path dataDir) throws Exception {
        Tagger own = TestIndex.tagger(dataDir);
        assertThat(own.tag("The wombat protocol was applied.").tools()).isEmpty();

        Files.createDirectories(dataDir.resolve("enrich"));
        Files.writeString(dataDir.resolve("enrich/taxonomy.yaml"), """
                concepts:
                  - id: wombat-protocol
                    scheme: tool
                    label: {en: "Wombat protocol"}
                    triggers: {en: ["wombat protocol*"]}
                """);
        own.reload();

        assertThat(own.tag("The wombat protocol was applied.").tools())
                .extracting(Tag::value)
                .containsExactly("wombat-protocol");
    }

    @Test
    void aBrokenVocabularyFileIsReportedAndTheOldOneStays(@TempDir Path dataDir) throws Exception {
        Tagger own = TestIndex.tagger(dataDir);
        Files.createDirectories(dataDir.resolve("enrich"));
        Files.writeString(dataDir.resolve("enrich/taxonomy.yaml"), "concepts:\n  - id: a\n    broader: missing\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(own::reload)
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining("missing");
        assertThat(own.tag("Asset freezing worked.").tools()).isNotEmpty();
    }

    private static List<String> countries(String text) {
        return tagger.tag(text).countries().stream().map(Tag::value).toList();
    }

    private static List<String> organisations(String text) {
        return tagger.tag(text).organisations().stream().map(Tag::value).toList();
    }

    private static String kind(String text) {
        return tagger.tag(text).kind().value();
    }
}
