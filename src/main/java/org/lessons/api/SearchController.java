package org.lessons.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchResult;
import org.lessons.search.SearchService;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search}: the words in {@code q}, paging in {@code page} and {@code size}, and one repeatable
 * parameter per facet dimension, named as the dimension ({@code docType=...&year=2021&year=2022}).
 */
@RestController
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    SearchResult search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam MultiValueMap<String, String> parameters) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dimension : search.dimensions()) {
            List<String> values = parameters.get(dimension);
            if (values != null) {
                filters.put(dimension, values);
            }
        }
        return search.search(new SearchRequest(q, filters, page, size));
    }
}
