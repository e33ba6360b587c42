package org.lessons.api;

import java.io.IOException;
import java.io.InputStream;
import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditLog;
import org.lessons.index.DocumentDetail;
import org.lessons.index.DocumentPage;
import org.lessons.ingest.DocumentHandlings;
import org.lessons.ingest.HandlingChange;
import org.lessons.ingest.IngestOutcome;
import org.lessons.ingest.IngestService;
import org.lessons.ingest.OriginalFile;
import org.lessons.library.LibraryService;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;
import org.lessons.marking.MarkingSource;
import org.lessons.marking.SourcedHandling;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The document library: list, one document with its passages, its original file, uploads, and curators' changes
 * of a document's marking. A document the caller may not see is answered exactly as one that does not exist.
 */
@RestController
class DocumentController {

    private static final int MAX_PAGE_SIZE = 200;

    private final LibraryService library;
    private final IngestService ingest;
    private final DocumentHandlings handlings;
    private final AuditLog audit;

    DocumentController(LibraryService library, IngestService ingest, DocumentHandlings handlings, AuditLog audit) {
        this.library = library;
        this.ingest = ingest;
        this.handlings = handlings;
        this.audit = audit;
    }

    @GetMapping("/api/documents")
    DocumentPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".");
        }
        return library.documents(page, size);
    }

    @GetMapping("/api/documents/{id}")
    DocumentDetail document(@PathVariable String id) {
        DocumentDetail document = library.document(id).orElseThrow(() -> missing(id));
        audit.record(AuditKind.DOCUMENT_VIEW, id);
        return document;
    }

    @GetMapping("/api/documents/{id}/original")
    ResponseEntity<Resource> original(@PathVariable String id) {
        OriginalFile file = ingest.original(id).orElseThrow(() -> missing(id));
        audit.record(AuditKind.DOWNLOAD, id);
        return ResponseEntity.ok()
                .contentType(mediaType(file.mediaType()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .body(new FileSystemResource(file.content()));
    }

    /**
     * Adds a file to the corpus. The part's name and declared type are not trusted: the ingest names the file
     * itself and detects its format from the content.
     */
    @PostMapping(value = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<IngestOutcome> upload(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            IngestOutcome outcome = ingest.upload(file.getOriginalFilename(), content);
            if (outcome.status() == IngestOutcome.Status.FAILED) {
                throw new UploadNotIndexedException(outcome);
            }
            return ResponseEntity.status(HttpStatus.CREATED).body(outcome);
        }
    }

    /** The document's marking, its Chatham House flag and where they came from. */
    @GetMapping("/api/documents/{id}/handling")
    HandlingAnswer handling(@PathVariable String id) {
        return HandlingAnswer.of(handlings.handling(id).orElseThrow(() -> missing(id)));
    }

    /** A curator's override of the document's marking and Chatham House flag, obeyed by search on return. */
    @PutMapping("/api/documents/{id}/handling")
    HandlingAnswer changeHandling(@PathVariable String id, @RequestBody HandlingRequest request) {
        HandlingChange change = handlings.override(id, request.handling()).orElseThrow(() -> missing(id));
        audit.record(AuditKind.MARKING_CHANGE, change.describe());
        return HandlingAnswer.of(change.after());
    }

    /** Removes the override: the document's own sources decide again. */
    @DeleteMapping("/api/documents/{id}/handling")
    HandlingAnswer removeOverride(@PathVariable String id) {
        HandlingChange change = handlings.removeOverride(id).orElseThrow(() -> missing(id));
        audit.record(AuditKind.MARKING_CHANGE, change.describe());
        return HandlingAnswer.of(change.after());
    }

    /**
     * The body of a change: {@code {"marking": "TLP:AMBER", "chathamHouse": true}}; the flag defaults to false.
     * The marking is read as text so that a wrong one is answered with the accepted ones.
     */
    record HandlingRequest(String marking, Boolean chathamHouse) {

        Handling handling() {
            if (marking == null || marking.isBlank()) {
                throw new BadRequestException("Name a marking, one of " + Marking.labels() + ".");
            }
            try {
                return new Handling(Marking.parse(marking), Boolean.TRUE.equals(chathamHouse));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(e.getMessage());
            }
        }
    }

    /** A document's handling: {@code {"marking": "TLP:AMBER", "chathamHouse": true, "source": "override"}}. */
    record HandlingAnswer(Marking marking, boolean chathamHouse, MarkingSource source) {

        static HandlingAnswer of(SourcedHandling handling) {
            return new HandlingAnswer(
                    handling.handling().marking(), handling.handling().chathamHouse(), handling.source());
        }
    }

    /** The one answer for a document that does not exist and for one the caller may not see. */
    private static NotFoundException missing(String id) {
        return new NotFoundException("There is no document " + id + ".");
    }

    private static MediaType mediaType(String type) {
        try {
            return type == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
