package org.lessons.export.internal;

import java.time.LocalDate;
import java.util.List;
import org.lessons.search.Hit;
import org.lessons.search.PassageAddress;
import org.lessons.search.TagValue;

/**
 * One exported row: a passage with what a guide author needs to quote and cite it, and a link back to it. The
 * same row in every format, so that a CSV, JSON and Markdown export of one search hold the same facts.
 *
 * @param text the whole passage as plain text
 * @param link the passage in the Lessons document view
 */
public record Citation(
        String title,
        String event,
        LocalDate date,
        String section,
        Integer page,
        String docType,
        List<TagValue> tools,
        List<TagValue> countries,
        String text,
        String link,
        String documentId,
        String passageId) {

    public Citation {
        tools = List.copyOf(tools);
        countries = List.copyOf(countries);
    }

    /**
     * The hit as a citation. The link is the passage's address in Lessons, which opens the document scrolled to
     * the passage.
     */
    public static Citation of(Hit hit, String baseUrl) {
        String link = PassageAddress.of(hit, null).under(baseUrl);
        return new Citation(
                hit.title(),
                hit.event(),
                hit.date(),
                hit.section(),
                hit.page(),
                hit.docType(),
                hit.tools(),
                hit.countries(),
                hit.text(),
                link,
                hit.documentId(),
                hit.passageId());
    }

    /** The labels of tags, for formats that show one text per cell or line. */
    public static String labels(List<TagValue> tags) {
        return String.join("; ", tags.stream().map(TagValue::label).toList());
    }
}
