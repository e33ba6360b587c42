package org.lessons.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search as a user asks it: words, filters by facet dimension (values of one dimension are alternatives,
 * dimensions must all hold), and a page. Plain values only, so another engine could answer the same request.
 *
 * @param query the user's words; blank browses everything
 * @param filters facet dimension id to the values selected in it
 */
public record SearchRequest(String query, Map<String, List<String>> filters, int page, int size) {

    public static final int MAX_SIZE = 100;

    /** How deep plain paging may go; deeper pages would make every query collect that many hits. */
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((dimension, values) -> {
                List<String> kept = values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
                if (!kept.isEmpty()) {
                    copy.put(dimension, kept);
                }
            });
        }
        filters = Map.copyOf(copy);
        if (page < 0) {
            throw new InvalidSearchException("The page number must be 0 or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidSearchException("The page size must be between 1 and " + MAX_SIZE + ".");
        }
        if ((long) (page + 1) * size > MAX_WINDOW) {
            throw new InvalidSearchException("Results are available up to the " + MAX_WINDOW
                    + "th; narrow the search with more words or filters.");
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), 0, 20);
    }

    public SearchRequest withQuery(String newQuery) {
        return new SearchRequest(newQuery, filters, page, size);
    }
}
