package org.lessons.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchService;
import org.lessons.search.SortOrder;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** Reads the parameters every search-shaped endpoint shares into a search request, with clear errors. */
@Component
class SearchParameters {

    private final SearchService search;

    SearchParameters(SearchService search) {
        this.search = search;
    }

    SearchRequest request(
            String q,
            int page,
            int size,
            String sort,
            String group,
            String from,
            String to,
            String cursor,
            MultiValueMap<String, String> parameters) {
        if (group != null && !group.isBlank() && !group.equals("document")) {
            throw new BadRequestException("group can only be 'document'.");
        }
        return SearchRequest.builder()
                .query(q)
                .filters(filters(parameters))
                .dates(date("from", from), date("to", to))
                .sort(SortOrder.parse(sort))
                .groupByDocument("document".equals(group))
                .page(page)
                .size(size)
                .cursor(cursor)
                .build();
    }

    private Map<String, List<String>> filters(MultiValueMap<String, String> parameters) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dimension : search.dimensions()) {
            List<String> values = parameters.get(dimension);
            if (values != null) {
                filters.put(dimension, values);
            }
        }
        return filters;
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' must be a date written as YYYY-MM-DD, not '" + value + "'.");
        }
    }
}
