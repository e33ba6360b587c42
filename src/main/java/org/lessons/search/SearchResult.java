package org.lessons.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param facets for each dimension, its values with counts; a dimension's counts ignore its own selection, so
 *     that the other values stay visible and selectable
 * @param notice a message about how the query was interpreted, or null
 */
public record SearchResult(
        long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets, String notice) {}
