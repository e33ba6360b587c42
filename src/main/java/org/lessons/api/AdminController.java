package org.lessons.api;

import org.lessons.enrich.VocabularyException;
import org.lessons.ingest.IngestService;
import org.lessons.ingest.IngestStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Curation actions that run over the whole index. */
@RestController
class AdminController {

    private final IngestService ingest;

    AdminController(IngestService ingest) {
        this.ingest = ingest;
    }

    /**
     * Re-reads the vocabulary files and re-tags every passage from its stored text. Answers at once; the
     * progress shows in {@code GET /api/ingest/status}.
     */
    @PostMapping("/api/admin/retag")
    ResponseEntity<IngestStatus> retag() {
        try {
            ingest.retag();
        } catch (VocabularyException brokenVocabulary) {
            throw new BadRequestException(
                    "The vocabulary could not be loaded, so nothing was re-tagged: " + brokenVocabulary.getMessage());
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Location", "/api/ingest/status")
                .body(ingest.status());
    }
}
