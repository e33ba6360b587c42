package org.lessons.search.ui;

import java.util.LinkedHashMap;
import java.util.Map;

/** What each facet dimension is called on screen, in the order the filter panel shows them: the lesson first. */
final class Dimensions {

    private static final Map<String, String> LABELS = labels();

    private Dimensions() {}

    static Iterable<String> inOrder() {
        return LABELS.keySet();
    }

    static String label(String dimension) {
        return LABELS.getOrDefault(dimension, dimension);
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("kind", "Kind of lesson");
        labels.put("tool", "Tool");
        labels.put("stage", "Stage");
        labels.put("country", "Country mentioned");
        labels.put("region", "Region");
        labels.put("organisation", "Organisation");
        labels.put("participantCountry", "Participating country");
        labels.put("docType", "Document type");
        labels.put("year", "Year");
        labels.put("language", "Language");
        labels.put("format", "Format");
        return labels;
    }
}
