package org.lessons.index;

import java.time.Instant;
import java.time.LocalDate;
import org.lessons.enrich.PersonNames;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;

/**
 * One line of the document library: a document and how its ingest ended.
 *
 * @param outcome "indexed" or "failed"
 * @param failureReason null unless failed
 * @param marking who may see the document (JSON: its label, such as {@code "TLP:AMBER"})
 * @param chathamHouse whether names of people in it are withheld from users below the attribution clearance
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
        Instant ingestedAt,
        Marking marking,
        boolean chathamHouse) {

    public boolean failed() {
        return "failed".equals(outcome);
    }

    public Handling handling() {
        return new Handling(marking, chathamHouse);
    }

    /** The same line for a reader who may not see who is named in the document: its title without names. */
    public DocumentSummary withNamesWithheld() {
        return new DocumentSummary(
                id,
                path,
                PersonNames.inHeading(title).withheld(title),
                date,
                docType,
                language,
                format,
                passageCount,
                outcome,
                failureReason,
                failureDetail,
                ingestedAt,
                marking,
                chathamHouse);
    }
}
