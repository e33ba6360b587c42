package org.lessons.search.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.util.BytesRef;
import org.lessons.index.LessonFields;
import org.lessons.search.InvalidSearchException;
import org.lessons.search.SortOrder;

/**
 * Sorts and the opaque cursors of search-after paging. Every sort ends with the passage id, which is unique and
 * stable, so a cursor (the last hit's sort values) continues exactly where the previous page stopped, however
 * deep, even after the index was refreshed.
 */
final class Cursors {

    private static final String VERSION = "1";

    private Cursors() {}

    static Sort sort(SortOrder order) {
        SortField passage = new SortedSetSortField(LessonFields.PASSAGE_ID, false);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, passage);
            case NEWEST -> new Sort(date(true), passage);
            case OLDEST -> new Sort(date(false), passage);
            case ADDED -> new Sort(firstIndexed(), passage);
        };
    }

    static String encode(FieldDoc last, SortOrder order) {
        String first = order == SortOrder.RELEVANCE
                ? Float.toString((Float) last.fields[0])
                : Long.toString((Long) last.fields[0]);
        String passage = ((BytesRef) last.fields[1]).utf8ToString();
        String raw = VERSION + "|" + order.id() + "|" + first + "|" + passage;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor as a search-after position. Its document number is the reader's last, so that the passage the
     * cursor names (equal sort values) is never returned twice: the passage id already makes every position
     * unique, and ties are broken by document number only after it.
     */
    static FieldDoc decode(String cursor, SortOrder order, int maxDoc) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 4);
            if (parts.length != 4 || !parts[0].equals(VERSION) || !parts[1].equals(order.id())) {
                throw new IllegalArgumentException("cursor of another search");
            }
            Object first = order == SortOrder.RELEVANCE
                    ? (Object) Float.parseFloat(parts[2])
                    : (Object) Long.parseLong(parts[2]);
            return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, new Object[] {first, new BytesRef(parts[3])});
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchException("The cursor does not belong to this search (its order changed, or it was "
                    + "altered). Start again from the first page.");
        }
    }

    private static SortField firstIndexed() {
        SortField added = new SortedNumericSortField(LessonFields.FIRST_INDEXED, SortField.Type.LONG, true);
        added.setMissingValue(Long.MIN_VALUE);
        return added;
    }

    private static SortField date(boolean newestFirst) {
        SortField date = new SortedNumericSortField(LessonFields.DATE_DAY, SortField.Type.LONG, newestFirst);
        // documents without a date come last in both orders
        date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return date;
    }
}
