package org.lessons.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded theme taxonomy: concepts by id and their place in the hierarchy. */
public final class Taxonomy {

    private final Map<String, Concept> concepts = new LinkedHashMap<>();
    private final String source;

    public Taxonomy(List<Concept> concepts, String source) {
        concepts.forEach(concept -> this.concepts.put(concept.id(), concept));
        this.source = source;
        for (Concept concept : concepts) {
            if (concept.broader() != null && !this.concepts.containsKey(concept.broader())) {
                throw new IllegalArgumentException("Concept '" + concept.id() + "' in " + source
                        + " names an unknown broader concept '" + concept.broader() + "'");
            }
            path(concept.id());
        }
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(concepts.get(id));
    }

    public List<Concept> concepts() {
        return List.copyOf(concepts.values());
    }

    public List<Concept> scheme(String scheme) {
        return concepts.values().stream().filter(c -> c.scheme().equals(scheme)).toList();
    }

    /** The ids from the top concept down to this one, e.g. [proscription, asset-freezing]. */
    public List<String> path(String id) {
        List<String> path = new ArrayList<>();
        for (Concept concept = concepts.get(id); concept != null; concept = concepts.get(concept.broader())) {
            if (path.contains(concept.id())) {
                throw new IllegalArgumentException("The taxonomy in " + source + " has a cycle at '" + id + "'");
            }
            path.add(concept.id());
            if (concept.broader() == null) {
                break;
            }
        }
        Collections.reverse(path);
        return path;
    }

    /** Where the taxonomy was read from, for messages. */
    public String source() {
        return source;
    }
}
