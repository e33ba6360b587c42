package org.lessons.enrich.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessons.enrich.Concept;
import org.lessons.enrich.Tag;
import org.lessons.enrich.Taxonomy;

/** Tags a passage with the taxonomy concepts whose labels or triggers it contains. */
final class ConceptRecognizer {

    private final Taxonomy taxonomy;
    private final PhraseMatcher<String> matcher;

    ConceptRecognizer(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        List<Term<String>> terms = new ArrayList<>();
        for (Concept concept : taxonomy.concepts()) {
            for (String term : TaxonomyReader.terms(concept)) {
                terms.add(Term.compile(term, Term.CaseRule.IGNORE, concept.id()));
            }
        }
        this.matcher = new PhraseMatcher<>(terms);
    }

    /** The concepts of each scheme found in the text, each once, with the first words that triggered it. */
    Map<String, List<Tag>> recognise(TokenizedText text) {
        Map<String, Tag> found = new LinkedHashMap<>();
        for (PhraseMatcher.Match<String> match : matcher.find(text)) {
            String id = match.term().payload();
            found.computeIfAbsent(
                    id,
                    key -> new Tag(
                            id,
                            taxonomy.concept(id).map(Concept::label).orElse(id),
                            match.text(),
                            "term '" + match.term().source() + "'"));
        }
        Map<String, List<Tag>> byScheme = new LinkedHashMap<>();
        found.values().forEach(tag -> byScheme.computeIfAbsent(
                        taxonomy.concept(tag.value()).map(Concept::scheme).orElse(Concept.TOOL), k -> new ArrayList<>())
                .add(tag));
        return byScheme;
    }
}
