package org.lessons.api;

import org.lessons.export.ExportFormat;
import org.lessons.search.SearchRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/export?format=csv|json|md}: every passage of a search, with the search parameters of
 * {@code /api/search}, as a download that streams while the export is written. Here {@code format} names the
 * export's format, so the facet of the documents' file format is filtered in the query instead
 * ({@code q=format:pdf}). Page, size, cursor and grouping do not apply: an export holds every passage.
 */
@RestController
class ExportController {

    private final ExportDownloads downloads;
    private final SearchParameters parameters;

    ExportController(ExportDownloads downloads, SearchParameters parameters) {
        this.downloads = downloads;
        this.parameters = parameters;
    }

    @GetMapping("/api/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam String format,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam MultiValueMap<String, String> all) {
        ExportFormat exportFormat = ExportDownloads.format(format);
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(all);
        filters.remove("format");
        SearchRequest request = parameters.request(q, 0, SearchRequest.MAX_SIZE, sort, null, from, to, null, filters);
        return downloads.download(request, exportFormat);
    }
}
