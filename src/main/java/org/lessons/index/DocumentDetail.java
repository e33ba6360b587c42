package org.lessons.index;

import java.util.List;
import org.lessons.enrich.Tag;
import org.lessons.marking.Marking;

/**
 * A document with everything needed to read and cite it: its metadata and its passages in order, each with
 * its tags and their evidence.
 *
 * @param participants the countries listed as participating in the meeting, with the words that named them
 * @param origin the country a national contribution speaks for
 */
public record DocumentDetail(
        DocumentSummary summary,
        List<String> authors,
        int pageCount,
        String mediaType,
        String sha256,
        String event,
        List<Tag> participants,
        List<Tag> origin,
        List<IndexedPassage> passages) {

    public Marking marking() {
        return summary.marking();
    }
}
