package org.lessons.enrich;

import java.util.List;
import java.util.Map;

/**
 * A concept of the theme taxonomy: a tool or a stage, with labels and trigger terms per language.
 *
 * @param scheme "tool" or "stage"
 * @param broader the id of the broader concept, or null at the top
 */
public record Concept(
        String id,
        String scheme,
        String broader,
        Map<String, String> labels,
        Map<String, List<String>> altLabels,
        Map<String, List<String>> triggers) {

    public static final String TOOL = "tool";
    public static final String STAGE = "stage";

    public Concept {
        labels = Map.copyOf(labels);
        altLabels = Map.copyOf(altLabels);
        triggers = Map.copyOf(triggers);
    }

    /** The English label, or the id when there is none. */
    public String label() {
        return labels.getOrDefault("en", id);
    }
}
