package org.lessons.search;

import java.util.List;
import java.util.Map;

/**
 * How many passages of a search speak of each tool in each country: where practice has been discussed, and
 * where nothing has been said yet.
 *
 * @param tools the rows, in the facet's order (each broader tool followed by its narrower ones)
 * @param countries the columns, in the order of the search's country facet (most passages first)
 * @param counts tool value to country value to passages; a missing entry is zero
 */
public record ToolCountryMatrix(
        List<FacetValue> tools, List<FacetValue> countries, Map<String, Map<String, Long>> counts) {

    public long count(String tool, String country) {
        return counts.getOrDefault(tool, Map.of()).getOrDefault(country, 0L);
    }

    /** The largest cell, for shading the others against it. */
    public long max() {
        return counts.values().stream()
                .flatMap(row -> row.values().stream())
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
    }
}
