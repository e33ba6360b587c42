package org.lessons.enrich.internal;

import java.util.List;
import java.util.Map;
import org.lessons.enrich.Concept;
import org.lessons.enrich.LessonKind;
import org.lessons.enrich.PassageTags;
import org.lessons.enrich.SynonymMatch;
import org.lessons.enrich.Tag;
import org.lessons.enrich.Taxonomy;
import org.lessons.enrich.VocabularyEntry;

/** One consistent set of loaded vocabularies and the recognisers built from them; replaced as a whole. */
public final class Vocabulary {

    private final Taxonomy taxonomy;
    private final ConceptRecognizer concepts;
    private final CountryRecognizer countries;
    private final OrganisationRecognizer organisations;
    private final KindClassifier kinds;
    private final SynonymTable synonyms;
    /** Built once per vocabulary: type-ahead reads it at every keystroke. */
    private final List<VocabularyEntry> entries;

    private Vocabulary(VocabularyFiles files) {
        taxonomy = TaxonomyReader.read(files);
        concepts = new ConceptRecognizer(taxonomy);
        countries = new CountryRecognizer(files);
        organisations = new OrganisationRecognizer(files);
        kinds = new KindClassifier(files);
        synonyms = new SynonymTable(files, taxonomy, organisations.names());
        entries = collectEntries();
    }

    public static Vocabulary load(VocabularyFiles files) {
        return new Vocabulary(files);
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public PassageTags tag(String text, List<Tag> documentCountries) {
        TokenizedText tokens = new TokenizedText(text);
        Map<String, List<Tag>> found = concepts.recognise(tokens);
        List<Tag> countryTags = new java.util.ArrayList<>(countries.recognise(tokens));
        for (Tag country : documentCountries) {
            if (countryTags.stream().noneMatch(tag -> tag.value().equals(country.value()))) {
                countryTags.add(new Tag(
                        country.value(),
                        country.label(),
                        country.matched(),
                        "the document speaks for " + country.label() + " (" + country.rule() + ")"));
            }
        }
        return new PassageTags(
                found.getOrDefault(Concept.TOOL, List.of()),
                found.getOrDefault(Concept.STAGE, List.of()),
                countryTags,
                Regions.of(countryTags),
                organisations.recognise(tokens),
                kinds.classify(tokens));
    }

    /** Labels by vocabulary: "concept", "country", "region", "organisation" or "kind". */
    public String label(String vocabularyName, String value) {
        return switch (vocabularyName) {
            case "concept" -> taxonomy.concept(value).map(Concept::label).orElse(value);
            case "country" -> countries.label(value);
            case "region" -> Regions.label(value);
            case "organisation" -> organisations.label(value);
            case "kind" -> LessonKind.fromId(value).map(LessonKind::label).orElse(value);
            default -> value;
        };
    }

    /** Every concept, country and organisation with all its names, for type-ahead. */
    public List<VocabularyEntry> entries() {
        return entries;
    }

    private List<VocabularyEntry> collectEntries() {
        List<VocabularyEntry> all = new java.util.ArrayList<>();
        for (Concept concept : taxonomy.concepts()) {
            all.add(new VocabularyEntry(concept.scheme(), concept.id(), concept.label(), concept.names()));
        }
        countries
                .names()
                .forEach((code, names) -> all.add(new VocabularyEntry("country", code, countries.label(code), names)));
        organisations
                .names()
                .forEach((id, names) -> all.add(new VocabularyEntry(
                        "organisation",
                        id,
                        organisations.label(id),
                        names.stream()
                                .map(name -> name.startsWith("=") ? name.substring(1) : name)
                                .toList())));
        return List.copyOf(all);
    }

    public List<SynonymMatch> synonyms(String text) {
        return synonyms.find(text);
    }

    public List<Tag> countries(String text) {
        return countries.recognise(new TokenizedText(text));
    }
}
