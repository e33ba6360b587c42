package org.lessons.api;

import org.lessons.export.Export;
import org.lessons.export.ExportFormat;
import org.lessons.export.ExportService;
import org.lessons.search.SearchRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/export?format=csv|json|md}: every passage of a search, with the search parameters of
 * {@code /api/search}, as a download that streams while the export is written. Here {@code format} names the
 * export's format, so the facet of the documents' file format is filtered in the query instead
 * ({@code q=format:pdf}). Page, size, cursor and grouping do not apply: an export holds every passage.
 */
@RestController
class ExportController {

    private final ExportService exports;
    private final SearchParameters parameters;

    ExportController(ExportService exports, SearchParameters parameters) {
        this.exports = exports;
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
        ExportFormat exportFormat = ExportFormat.fromId(format)
                .orElseThrow(() -> new BadRequestException("Unknown export format '" + format + "'; use one of "
                        + ExportFormat.ids() + ". To export only documents of one file format, write it in the "
                        + "query, for example q=format:pdf."));
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(all);
        filters.remove("format");
        SearchRequest request = parameters.request(q, 0, SearchRequest.MAX_SIZE, sort, null, from, to, null, filters);
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        Export export = exports.prepare(request, exportFormat, baseUrl);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(exportFormat.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(exports.fileName(exportFormat))
                                .build()
                                .toString())
                .header("X-Total-Count", Long.toString(export.total()))
                .body(export::writeTo);
    }
}
