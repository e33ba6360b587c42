package org.lessons.api;

import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditLog;
import org.lessons.export.Export;
import org.lessons.export.ExportFormat;
import org.lessons.export.ExportService;
import org.lessons.search.SearchRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Turns a search into an export download, the same way for the current search and for a saved query, and
 * records it in the audit log as it is asked for (the pages it is then read in are not searches of their own).
 */
@Component
class ExportDownloads {

    private final ExportService exports;
    private final AuditLog audit;

    ExportDownloads(ExportService exports, AuditLog audit) {
        this.exports = exports;
        this.audit = audit;
    }

    static ExportFormat format(String format) {
        return ExportFormat.fromId(format)
                .orElseThrow(() -> new BadRequestException("Unknown export format '" + format + "'; use one of "
                        + ExportFormat.ids() + ". To export only documents of one file format, write it in the "
                        + "query, for example q=format:pdf."));
    }

    ResponseEntity<StreamingResponseBody> download(SearchRequest request, ExportFormat format) {
        audit.record(AuditKind.EXPORT, format.id() + ": " + request.describe());
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        Export export = exports.prepare(request, format, baseUrl);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(exports.fileName(format))
                                .build()
                                .toString())
                .header("X-Total-Count", Long.toString(export.total()))
                .body(export::writeTo);
    }
}
