package org.lessons.enrich.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessons.enrich.Concept;
import org.lessons.enrich.Taxonomy;

/** Reads the taxonomy file: a list of concepts with labels, alternative labels and triggers per language. */
final class TaxonomyReader {

    static final String FILE = "taxonomy.yaml";

    private TaxonomyReader() {}

    static Taxonomy read(VocabularyFiles files) {
        String source = files.describe(FILE);
        List<Concept> concepts = new ArrayList<>();
        for (Map<String, Object> entry : Yamls.list(files.yaml(FILE), "concepts", source)) {
            String id = Yamls.string(entry, "id", source);
            concepts.add(new Concept(
                    id,
                    String.valueOf(entry.getOrDefault("scheme", Concept.TOOL)),
                    (String) entry.get("broader"),
                    Yamls.stringMap(entry.get("label")),
                    Yamls.listMap(entry.get("altLabels")),
                    Yamls.listMap(entry.get("triggers"))));
        }
        return new Taxonomy(concepts, source);
    }

    /** Every label, alternative label and trigger of a concept, in every language. */
    static List<String> terms(Concept concept) {
        List<String> terms = concept.names();
        concept.triggers().values().forEach(terms::addAll);
        return terms;
    }

    /** Small helpers for the loosely typed maps SnakeYAML returns. */
    static final class Yamls {
        private Yamls() {}

        @SuppressWarnings("unchecked")
        static List<Map<String, Object>> list(Map<String, Object> root, String key, String source) {
            Object value = root.get(key);
            if (!(value instanceof List<?> list)) {
                throw new IllegalArgumentException("The vocabulary file " + source + " has no list '" + key + "'");
            }
            return (List<Map<String, Object>>) list;
        }

        static String string(Map<String, Object> entry, String key, String source) {
            Object value = entry.get(key);
            if (value == null || value.toString().isBlank()) {
                throw new IllegalArgumentException("An entry in " + source + " has no '" + key + "': " + entry);
            }
            return value.toString();
        }

        static Map<String, String> stringMap(Object value) {
            Map<String, String> map = new LinkedHashMap<>();
            if (value instanceof Map<?, ?> raw) {
                raw.forEach((k, v) -> map.put(String.valueOf(k), String.valueOf(v)));
            } else if (value != null) {
                map.put("en", value.toString());
            }
            return map;
        }

        static Map<String, List<String>> listMap(Object value) {
            Map<String, List<String>> map = new LinkedHashMap<>();
            if (value instanceof Map<?, ?> raw) {
                raw.forEach((k, v) -> map.put(String.valueOf(k), strings(v)));
            } else if (value instanceof List<?>) {
                map.put("any", strings(value));
            }
            return map;
        }

        static List<String> strings(Object value) {
            if (value instanceof List<?> list) {
                return list.stream().filter(v -> v != null).map(String::valueOf).toList();
            }
            return value == null ? List.of() : List.of(value.toString());
        }
    }
}
