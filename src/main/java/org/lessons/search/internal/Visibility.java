package org.lessons.search.internal;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.lessons.index.MarkingFilter;
import org.lessons.marking.Marking;

/**
 * What one viewer may see, in Lucene's terms. The search module makes one for whoever is looking at the start of
 * every search, count, suggestion and similar-passages request and hands it down: every query it runs is
 * restricted through it, and every word it would propose from the index (type-ahead, did-you-mean) is first
 * counted in the passages the viewer may see, since the index's own term statistics include hidden passages.
 *
 * @param clearance the most restricted marking the viewer may see
 */
public record Visibility(Marking clearance) {

    /** The query, matching only records the viewer may see. */
    public Query restrict(Query query) {
        return MarkingFilter.restrict(query, clearance);
    }

    /** How many records the viewer may see hold the term. */
    public int count(IndexSearcher searcher, Term term) throws IOException {
        return searcher.count(restrict(new TermQuery(term)));
    }
}
