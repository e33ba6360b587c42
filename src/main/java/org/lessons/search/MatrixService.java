package org.lessons.search;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Counts the passages of a search per tool and country. It asks the search service once for the tools, then
 * once per tool for the countries, so a cell counts exactly the passages the search page lists when that tool
 * and that country are ticked — the same words, the same fallbacks, the same filters.
 */
@Service
public class MatrixService {

    private static final String TOOL = "tool";
    private static final String COUNTRY = "country";

    private final SearchService search;

    public MatrixService(SearchService search) {
        this.search = search;
    }

    /** The matrix for a search; its own tool and country filters are replaced by each row and column. */
    public ToolCountryMatrix toolsByCountry(SearchRequest request) {
        Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
        filters.remove(TOOL);
        filters.remove(COUNTRY);
        Map<String, List<FacetValue>> overall = count(request, filters).facets();
        List<FacetValue> tools = overall.getOrDefault(TOOL, List.of());
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        Set<String> spoken = new HashSet<>();
        for (FacetValue tool : tools) {
            Map<String, List<String>> withTool = new LinkedHashMap<>(filters);
            withTool.put(TOOL, List.of(tool.value()));
            Map<String, Long> row = new LinkedHashMap<>();
            for (FacetValue country : count(request, withTool).facets().getOrDefault(COUNTRY, List.of())) {
                row.put(country.value(), country.count());
                spoken.add(country.value());
            }
            counts.put(tool.value(), row);
        }
        // the columns in the order of the search's own country counts, without countries no tool is found with
        List<FacetValue> countries = overall.getOrDefault(COUNTRY, List.of()).stream()
                .filter(country -> spoken.contains(country.value()))
                .toList();
        return new ToolCountryMatrix(tools, countries, counts);
    }

    private SearchResult count(SearchRequest request, Map<String, List<String>> filters) {
        return search.search(request.countingWith(filters));
    }
}
