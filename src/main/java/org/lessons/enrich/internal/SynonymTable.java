package org.lessons.enrich.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lessons.enrich.Concept;
import org.lessons.enrich.SynonymMatch;
import org.lessons.enrich.Taxonomy;

/**
 * Groups of equivalent terms for query expansion: the domain's acronyms and jargon from a data file
 * (REMT = racially or ethnically motivated terrorism), plus every taxonomy concept's labels and every
 * organisation's names in all languages, so that a query in one language reaches passages in another.
 */
final class SynonymTable {

    static final String FILE = "synonyms.txt";
    /** Bounds a query's size; no group of the bundled vocabulary has more, so every wording counts. */
    private static final int MAX_ALTERNATIVES = 16;

    private final List<List<String>> groups = new ArrayList<>();
    /** For groups that name a tag (a tool, an organisation), the facet dimension and value it is tagged with. */
    private final List<String[]> tags = new ArrayList<>();

    private final PhraseMatcher<Integer> matcher;

    SynonymTable(VocabularyFiles files, Taxonomy taxonomy, Map<String, List<String>> organisationNames) {
        for (String line : files.text(FILE).split("\\R")) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                add(List.of(line.split(",")), null);
            }
        }
        for (Concept concept : taxonomy.concepts()) {
            add(concept.names(), new String[] {concept.scheme(), concept.id()});
        }
        organisationNames.forEach((id, names) -> add(names, new String[] {"organisation", id}));
        List<Term<Integer>> terms = new ArrayList<>();
        for (int group = 0; group < groups.size(); group++) {
            for (String term : groups.get(group)) {
                terms.add(Term.compile(term, Term.CaseRule.IGNORE, group));
            }
        }
        matcher = new PhraseMatcher<>(terms);
    }

    /** Synonym groups found in the text, longest first where they overlap. */
    List<SynonymMatch> find(String text) {
        TokenizedText tokens = new TokenizedText(text);
        List<SynonymMatch> found = new ArrayList<>();
        for (PhraseMatcher.Match<Integer> match : Overlaps.longestFirst(matcher.find(tokens))) {
            String written = TokenizedText.fold(match.text());
            List<String> alternatives = groups.get(match.term().payload()).stream()
                    .filter(term -> !TokenizedText.fold(term).equals(written))
                    .limit(MAX_ALTERNATIVES)
                    .toList();
            String[] tag = tags.get(match.term().payload());
            if (!alternatives.isEmpty() || tag != null) {
                found.add(new SynonymMatch(
                        tokens.get(match.first()).start(),
                        tokens.get(match.last()).end(),
                        alternatives,
                        tag == null ? null : tag[0],
                        tag == null ? null : tag[1]));
            }
        }
        return found;
    }

    /**
     * Keeps the usable terms of a group: wildcard triggers are not phrases, and case-sensitive acronyms
     * ("=RAN") would match ordinary words once analysed.
     */
    private void add(List<String> group, String[] tag) {
        Set<String> usable = new LinkedHashSet<>();
        for (String term : group) {
            String cleaned = term.strip();
            if (!cleaned.isEmpty() && !cleaned.contains("*") && !cleaned.startsWith("=")) {
                usable.add(cleaned);
            }
        }
        if (usable.size() > 1 || (tag != null && !usable.isEmpty())) {
            groups.add(List.copyOf(usable));
            tags.add(tag);
        }
    }
}
