package org.lessons.index;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the document library: a document and how its ingest ended.
 *
 * @param outcome "indexed" or "failed"
 * @param failureReason null unless failed
 */
public record DocumentSummary(
        String id,
        String path,
        String title,
        LocalDate date,
        String docType,
        String language,
        String format,
        int passageCount,
        String outcome,
        String failureReason,
        String failureDetail,
        Instant ingestedAt) {

    public boolean failed() {
        return "failed".equals(outcome);
    }
}
