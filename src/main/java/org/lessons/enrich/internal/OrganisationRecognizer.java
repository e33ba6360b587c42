package org.lessons.enrich.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessons.enrich.Tag;

/** Tags a passage with the international bodies and networks it names, by name or acronym in any language. */
final class OrganisationRecognizer {

    static final String FILE = "organisations.yaml";

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, List<String>> names = new LinkedHashMap<>();
    private final PhraseMatcher<String> matcher;

    OrganisationRecognizer(VocabularyFiles files) {
        String source = files.describe(FILE);
        List<Term<String>> terms = new ArrayList<>();
        for (Map<String, Object> entry : TaxonomyReader.Yamls.list(files.yaml(FILE), "organisations", source)) {
            String id = TaxonomyReader.Yamls.string(entry, "id", source);
            String label = TaxonomyReader.Yamls.string(entry, "label", source);
            labels.put(id, label);
            terms.add(Term.compile(label, Term.CaseRule.IGNORE, id));
            List<String> all = new ArrayList<>(List.of(label));
            for (String name : TaxonomyReader.Yamls.strings(entry.get("names"))) {
                terms.add(Term.compile(name, Term.CaseRule.IGNORE, id));
                all.add(name);
            }
            names.put(id, List.copyOf(all));
        }
        matcher = new PhraseMatcher<>(terms);
    }

    List<Tag> recognise(TokenizedText text) {
        Map<String, Tag> found = new LinkedHashMap<>();
        for (PhraseMatcher.Match<String> match : Overlaps.longestFirst(matcher.find(text))) {
            String id = match.term().payload();
            found.computeIfAbsent(
                    id,
                    key -> new Tag(
                            id,
                            labels.get(id),
                            match.text(),
                            "name '" + match.term().source() + "'"));
        }
        return List.copyOf(found.values());
    }

    /** Every name of every organisation, by id. */
    Map<String, List<String>> names() {
        return names;
    }

    String label(String id) {
        return labels.getOrDefault(id, id);
    }
}
