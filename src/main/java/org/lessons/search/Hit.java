package org.lessons.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lessons.marking.Marking;

/**
 * One matching passage with what a result list shows and a citation needs.
 *
 * @param event the meeting or event the passage's document reports on, or null
 * @param snippet HTML-escaped text with the matches in {@code <mark>}; safe to insert as HTML
 * @param text the whole passage as plain text, for quoting it (exports, citations)
 * @param page null for formats without pages
 * @param marking the marking of the passage's document, which a citation of it must carry on (JSON: its label, such
 *     as {@code "TLP:AMBER"})
 * @param tools the tools the passage speaks of (the most specific concepts found)
 * @param documentMatches when grouped by document: how many passages of the document matched; else null
 * @param moreFromDocument when grouped by document: its next best passages; else empty
 * @param firstIndexed when the passage first entered Lessons (what "new" means for saved queries), or null for
 *     passages indexed before this was recorded
 */
public record Hit(
        String passageId,
        String documentId,
        String title,
        String event,
        String section,
        Integer page,
        String snippet,
        String text,
        LocalDate date,
        String language,
        String docType,
        Marking marking,
        List<TagValue> tools,
        List<TagValue> countries,
        List<TagValue> organisations,
        TagValue kind,
        Integer documentMatches,
        List<Hit> moreFromDocument,
        Instant firstIndexed) {

    /** The same hit as the head of its document's group. */
    public Hit grouped(int matches, List<Hit> more) {
        return new Hit(
                passageId,
                documentId,
                title,
                event,
                section,
                page,
                snippet,
                text,
                date,
                language,
                docType,
                marking,
                tools,
                countries,
                organisations,
                kind,
                matches,
                List.copyOf(more),
                firstIndexed);
    }
}
