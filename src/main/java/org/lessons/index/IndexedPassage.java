package org.lessons.index;

import java.time.Instant;
import java.util.Objects;
import org.lessons.enrich.PassageTags;

/**
 * A passage, the unit of search: one lesson in its section, small enough to read in a result list.
 *
 * @param section the headings above the passage, outermost first, joined with " > "; empty before any heading
 * @param page the page the passage starts on, or null for formats without pages
 * @param tags what the passage speaks of, with evidence
 * @param firstIndexed when this text first entered the index; null for a passage not yet indexed, which then
 *     takes its document's ingest time
 */
public record IndexedPassage(
        String id,
        int ordinal,
        String section,
        Integer page,
        String language,
        String text,
        PassageTags tags,
        Instant firstIndexed) {
    public IndexedPassage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        section = section == null ? "" : section;
        tags = tags == null ? PassageTags.NONE : tags;
    }

    /** A passage not indexed before. */
    public IndexedPassage(
            String id, int ordinal, String section, Integer page, String language, String text, PassageTags tags) {
        this(id, ordinal, section, page, language, text, tags, null);
    }

    public IndexedPassage withTags(PassageTags newTags) {
        return new IndexedPassage(id, ordinal, section, page, language, text, newTags, firstIndexed);
    }

    public IndexedPassage firstIndexedAt(Instant time) {
        return new IndexedPassage(id, ordinal, section, page, language, text, tags, time);
    }
}
