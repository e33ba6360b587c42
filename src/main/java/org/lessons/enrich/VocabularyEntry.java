package org.lessons.enrich;

import java.util.List;

/**
 * Something a practitioner may start typing: a tool, stage, country or organisation, with every name it goes by.
 *
 * @param dimension the facet dimension it filters: "tool", "stage", "country" or "organisation"
 */
public record VocabularyEntry(String dimension, String value, String label, List<String> names) {
    public VocabularyEntry {
        names = List.copyOf(names);
    }
}
