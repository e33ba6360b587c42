package org.lessons.api;

import java.util.List;
import org.lessons.ingest.IngestFailure;
import org.lessons.ingest.IngestService;
import org.lessons.ingest.IngestStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How ingestion is going, and which files could not be indexed and why. */
@RestController
class IngestController {

    private final IngestService ingest;

    IngestController(IngestService ingest) {
        this.ingest = ingest;
    }

    @GetMapping("/api/ingest/status")
    IngestStatus status() {
        return ingest.status();
    }

    @GetMapping("/api/ingest/failures")
    List<IngestFailure> failures() {
        return ingest.failures();
    }
}
