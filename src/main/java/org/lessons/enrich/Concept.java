package org.lessons.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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

    /** Keeps the languages in the order of the vocabulary file, so that tagging and queries do not vary by run. */
    public Concept {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        altLabels = Collections.unmodifiableMap(new LinkedHashMap<>(altLabels));
        triggers = Collections.unmodifiableMap(new LinkedHashMap<>(triggers));
    }

    /** Every label and alternative label, in every language: the names people call the concept by. */
    public List<String> names() {
        List<String> names = new ArrayList<>(labels.values());
        altLabels.values().forEach(names::addAll);
        return names;
    }

    /** The English label, or the id when there is none. */
    public String label() {
        return labels.getOrDefault("en", id);
    }
}
