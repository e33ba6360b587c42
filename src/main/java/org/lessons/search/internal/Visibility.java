package org.lessons.search.internal;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.lessons.index.MarkingFilter;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;
import org.lessons.marking.MarkingProperties;

/**
 * What one viewer may see, in Lucene's terms. The search module makes one for whoever is looking at the start of
 * every search, count, suggestion and similar-passages request and hands it down: every query it runs is
 * restricted through it, and every word it would propose from the index (type-ahead, did-you-mean) is first
 * counted in the passages the viewer may see, since the index's own term statistics include hidden passages.
 *
 * <p>It also says whether the viewer is shown who is named in a document held under the Chatham House rule: every
 * path that shows passage text asks {@link #withholdsNames} of each passage's handling.
 *
 * @param clearance the most restricted marking the viewer may see
 * @param namesShown whether the viewer's clearance reaches the attribution clearance
 */
public record Visibility(Marking clearance, boolean namesShown) {

    /** What the viewer with this clearance may see under the markings policy. */
    public static Visibility of(Marking clearance, MarkingProperties markings) {
        return new Visibility(clearance, markings.showsNamesTo(clearance));
    }

    /** Whether the names of people in a passage with this handling are withheld from the viewer. */
    public boolean withholdsNames(Handling handling) {
        return handling.chathamHouse() && !namesShown;
    }

    /** The query, matching only records the viewer may see. */
    public Query restrict(Query query) {
        return MarkingFilter.restrict(query, clearance);
    }

    /** How many records the viewer may see hold the term. */
    public int count(IndexSearcher searcher, Term term) throws IOException {
        return searcher.count(restrict(new TermQuery(term)));
    }
}
