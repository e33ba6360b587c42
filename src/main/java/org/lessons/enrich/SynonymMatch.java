package org.lessons.enrich;

import java.util.List;

/**
 * A phrase of a query that has synonyms: where it is (character offsets) and what else it may be written as.
 */
public record SynonymMatch(int start, int end, List<String> alternatives) {
    public SynonymMatch {
        alternatives = List.copyOf(alternatives);
    }
}
