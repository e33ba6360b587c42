package org.lessons.enrich;

import java.util.List;

/**
 * A phrase of a query that has synonyms: where it is (character offsets) and what else it may be written as.
 *
 * @param tagDimension when the phrase names a tool, stage or organisation: the facet it is tagged with; else null
 * @param tagValue the tag's value, for example "post-release-monitoring"
 */
public record SynonymMatch(int start, int end, List<String> alternatives, String tagDimension, String tagValue) {
    public SynonymMatch {
        alternatives = List.copyOf(alternatives);
    }
}
