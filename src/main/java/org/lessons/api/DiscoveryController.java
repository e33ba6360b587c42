package org.lessons.api;

import java.util.List;
import org.lessons.search.FacetValue;
import org.lessons.search.Hit;
import org.lessons.search.SearchService;
import org.lessons.search.SuggestService;
import org.lessons.search.Suggestion;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Help around a search: type-ahead, searching within a facet, and passages like a given one. */
@RestController
class DiscoveryController {

    private static final int MAX_SUGGESTIONS = 20;

    private final SearchService search;
    private final SuggestService suggestions;
    private final SearchParameters parameters;

    DiscoveryController(SearchService search, SuggestService suggestions, SearchParameters parameters) {
        this.search = search;
        this.suggestions = suggestions;
        this.parameters = parameters;
    }

    @GetMapping("/api/suggest")
    List<Suggestion> suggest(
            @RequestParam(defaultValue = "") String prefix, @RequestParam(defaultValue = "8") int size) {
        if (size < 1 || size > MAX_SUGGESTIONS) {
            throw new BadRequestException("size must be between 1 and " + MAX_SUGGESTIONS + ".");
        }
        return suggestions.suggest(prefix, size);
    }

    /** The values of one facet under the current search (same parameters as /api/search) that match a prefix. */
    @GetMapping("/api/facets/{dimension}")
    List<FacetValue> facetValues(
            @PathVariable String dimension,
            @RequestParam(defaultValue = "") String prefix,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam MultiValueMap<String, String> all) {
        return search.facetValues(dimension, prefix, parameters.request(q, 0, 1, null, null, from, to, null, all));
    }

    @GetMapping("/api/passages/{id}/similar")
    List<Hit> similar(@PathVariable String id, @RequestParam(defaultValue = "5") int size) {
        return search.similar(id, size).orElseThrow(() -> new NotFoundException("There is no passage " + id + "."));
    }
}
