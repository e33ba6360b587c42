package org.lessons.index;

import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.lessons.marking.Marking;

/**
 * Limits a query to the records a clearance may see, by the {@link LessonFields#MARKING} every record carries. The
 * one place that turns a clearance into a Lucene filter: the search module restricts every search, count and
 * suggestion with it, the catalogue every listing shown to someone.
 *
 * <p>A TLP:RED clearance sees everything, records without a marking included (they were indexed before markings
 * existed and count as TLP:RED); any lower clearance sees only records that carry one of its markings, so a record
 * whose marking is missing or unreadable is hidden from it.
 */
public final class MarkingFilter {

    private MarkingFilter() {}

    /** The query, matching only records the clearance may see. */
    public static Query restrict(Query query, Marking clearance) {
        if (clearance == Marking.RED) {
            return query;
        }
        List<BytesRef> visible =
                clearance.visible().stream().map(m -> new BytesRef(m.label())).toList();
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new TermInSetQuery(LessonFields.MARKING, visible), Occur.FILTER)
                .build();
    }
}
