package org.lessons.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total matching passages, or matching documents when grouped by document
 * @param facets for each dimension, its values with counts; a dimension's counts ignore its own selection, so
 *     that the other values stay visible and selectable
 * @param notice how the query was interpreted when that differs from what was typed, or null
 * @param suggestion a corrected query when words of it are unknown to the index ("did you mean"), or null
 * @param cursor pass it back as {@code cursor} for the next page; null after the last page
 */
public record SearchResult(
        long total,
        int page,
        int size,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets,
        String notice,
        String suggestion,
        String cursor) {}
