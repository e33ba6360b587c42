package org.lessons.api;

import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditLog;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchResult;
import org.lessons.search.SearchService;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search}: the words in {@code q}; one repeatable parameter per facet dimension, named as the
 * dimension ({@code docType=...&year=2021&year=2022}); {@code from}/{@code to} dates; {@code sort} (relevance,
 * newest, oldest); {@code group=document}; and {@code page}/{@code size} or the {@code cursor} of the
 * previous answer.
 */
@RestController
class SearchController {

    private final SearchService search;
    private final SearchParameters parameters;
    private final AuditLog audit;

    SearchController(SearchService search, SearchParameters parameters, AuditLog audit) {
        this.search = search;
        this.parameters = parameters;
        this.audit = audit;
    }

    @GetMapping("/api/search")
    SearchResult search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String cursor,
            @RequestParam MultiValueMap<String, String> all) {
        SearchRequest request = parameters.request(q, page, size, sort, group, from, to, cursor, all);
        audit.record(AuditKind.SEARCH, request.describe());
        return search.search(request);
    }
}
