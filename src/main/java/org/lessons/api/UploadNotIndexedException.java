package org.lessons.api;

import org.lessons.ingest.IngestOutcome;

/** An upload that was stored but could not be indexed; the library lists it with the same reason. */
class UploadNotIndexedException extends RuntimeException {

    private final transient IngestOutcome outcome;

    UploadNotIndexedException(IngestOutcome outcome) {
        super(outcome.detail());
        this.outcome = outcome;
    }

    IngestOutcome outcome() {
        return outcome;
    }
}
