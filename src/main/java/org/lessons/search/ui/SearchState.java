package org.lessons.search.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lessons.search.SearchRequest;
import org.lessons.search.SortOrder;

/**
 * Everything that defines what the search page shows, so that it can live in the URL: a search is then
 * bookmarkable and shareable, and the browser's back and forward buttons step through it. The parameter names
 * are those of {@code GET /api/search}, so a page's URL and its API call read alike.
 *
 * <p>Values that cannot be read (a malformed date, an unknown sort) are dropped rather than refused: a hand-edited
 * or outdated link still opens a search.
 *
 * @param filters facet dimension to selected values, dimensions in a stable order so equal states have equal URLs
 */
record SearchState(
        String query,
        Map<String, List<String>> filters,
        LocalDate from,
        LocalDate to,
        SortOrder sort,
        boolean grouped,
        int page) {

    static final SearchState EMPTY = new SearchState("", Map.of(), null, null, SortOrder.RELEVANCE, false, 0);

    SearchState {
        query = query == null ? "" : query.strip();
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        page = Math.max(0, page);
        Map<String, List<String>> sorted = new TreeMap<>();
        filters.forEach((dimension, values) -> {
            List<String> kept = values.stream()
                    .filter(v -> v != null && !v.isBlank())
                    .distinct()
                    .sorted()
                    .toList();
            if (!kept.isEmpty()) {
                sorted.put(dimension, kept);
            }
        });
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    /** Reads a state from URL parameters; only the given facet dimensions are taken as filters. */
    static SearchState from(QueryParameters parameters, Collection<String> dimensions) {
        Map<String, List<String>> all = parameters.getParameters();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        dimensions.forEach(dimension -> {
            if (all.containsKey(dimension)) {
                filters.put(dimension, all.get(dimension));
            }
        });
        return new SearchState(
                first(all, "q"),
                filters,
                date(first(all, "from")),
                date(first(all, "to")),
                sort(first(all, "sort")),
                "document".equals(first(all, "group")),
                number(first(all, "page")));
    }

    /** The URL parameters of this state; defaults are left out so that URLs stay short. */
    QueryParameters toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            parameters.put("q", List.of(query));
        }
        parameters.putAll(filters);
        if (from != null) {
            parameters.put("from", List.of(from.toString()));
        }
        if (to != null) {
            parameters.put("to", List.of(to.toString()));
        }
        if (sort != SortOrder.RELEVANCE) {
            parameters.put("sort", List.of(sort.id()));
        }
        if (grouped) {
            parameters.put("group", List.of("document"));
        }
        if (page > 0) {
            parameters.put("page", List.of(Integer.toString(page)));
        }
        return new QueryParameters(parameters);
    }

    SearchRequest toRequest(int size) {
        return SearchRequest.builder()
                .query(query)
                .filters(filters)
                .dates(from, to)
                .sort(sort)
                .groupByDocument(grouped)
                .page(page)
                .size(size)
                .build();
    }

    boolean isFiltered() {
        return !filters.isEmpty() || from != null || to != null;
    }

    boolean isSelected(String dimension, String value) {
        return filters.getOrDefault(dimension, List.of()).contains(value);
    }

    // Every change below starts again at the first page, except paging itself: page 3 of another search means nothing.

    SearchState withQuery(String newQuery) {
        return new SearchState(newQuery, filters, from, to, sort, grouped, 0);
    }

    SearchState withFilter(String dimension, String value, boolean selected) {
        Map<String, List<String>> changed = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(changed.getOrDefault(dimension, List.of()));
        values.remove(value);
        if (selected) {
            values.add(value);
        }
        changed.put(dimension, values);
        return new SearchState(query, changed, from, to, sort, grouped, 0);
    }

    /** This value alone in its dimension, as when a matrix cell is opened. */
    SearchState withOnly(String dimension, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(filters);
        changed.put(dimension, List.of(value));
        return new SearchState(query, changed, from, to, sort, grouped, 0);
    }

    SearchState withoutFilters() {
        return new SearchState(query, Map.of(), null, null, sort, grouped, 0);
    }

    SearchState withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchState(query, filters, newFrom, newTo, sort, grouped, 0);
    }

    SearchState withSort(SortOrder newSort) {
        return new SearchState(query, filters, from, to, newSort, grouped, 0);
    }

    SearchState withGrouped(boolean newGrouped) {
        return new SearchState(query, filters, from, to, sort, newGrouped, 0);
    }

    SearchState withPage(int newPage) {
        return new SearchState(query, filters, from, to, sort, grouped, newPage);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static SortOrder sort(String value) {
        for (SortOrder order : SortOrder.values()) {
            if (order.id().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return order;
            }
        }
        return SortOrder.RELEVANCE;
    }

    private static int number(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException unreadable) {
            return 0;
        }
    }
}
