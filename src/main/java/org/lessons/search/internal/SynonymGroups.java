package org.lessons.search.internal;

import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.lessons.enrich.SynonymMatch;
import org.lessons.enrich.Tagger;

/**
 * Domain synonyms in a query: "RWT" also finds "REMT" and "right-wing terrorism". The alternatives are written
 * into the query text as a group, so that the query syntax keeps working around them; after parsing, each group
 * becomes a dis-max of its alternatives. A group scored as a sum would rank a passage that says the same thing
 * three ways (a terminology paragraph naming REMT, RWT and XRW) above one that answers the rest of the query;
 * as a dis-max, a concept counts once, by its best-matching wording.
 */
final class SynonymGroups {

    /**
     * Tells the parsed groups apart from groups the user typed. It is a boost nobody types, and should someone
     * type it, their group is only scored as a dis-max.
     */
    private static final float MARK = 1.0001f;

    /** How much a passage naming a concept in several of its wordings gains over one naming it once. */
    private static final float TIE_BREAKER = 0.3f;

    /** Weight of a tag named by the query's words, next to the words themselves. */
    private static final String TAG_BOOST = "0.5";

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    private final Tagger tagger;

    SynonymGroups(Tagger tagger) {
        this.tagger = tagger;
    }

    /** The text with each phrase outside quotes and field filters grouped with its synonyms and its tag. */
    String expand(String text) {
        List<SynonymMatch> matches = tagger.synonyms(text);
        StringBuilder expanded = new StringBuilder();
        int copied = 0;
        for (SynonymMatch match : matches) {
            if (match.start() < copied || !expandable(text, match)) {
                continue;
            }
            expanded.append(text, copied, match.start());
            // the words as typed keep their meaning (all of them); the synonyms are alternative phrases
            expanded.append("((").append(text, match.start(), match.end()).append(')');
            match.alternatives().forEach(alternative -> expanded.append(" OR \"")
                    .append(alternative.replace("\"", ""))
                    .append('"'));
            if (match.tagDimension() != null) {
                // passages tagged with the concept the words name, though they may word it otherwise
                expanded.append(" OR ")
                        .append(match.tagDimension())
                        .append(':')
                        .append(match.tagValue())
                        .append('^')
                        .append(TAG_BOOST);
            }
            expanded.append(")^").append(MARK);
            copied = match.end();
        }
        expanded.append(text.substring(copied));
        return expanded.toString();
    }

    /** The parsed query with each synonym group scored as a dis-max of its alternatives. */
    static Query asDisjunctions(Query query) {
        if (query instanceof BoostQuery boosted) {
            if (boosted.getBoost() == MARK && boosted.getQuery() instanceof BooleanQuery group) {
                return new DisjunctionMaxQuery(
                        group.clauses().stream()
                                .map(clause -> asDisjunctions(clause.getQuery()))
                                .toList(),
                        TIE_BREAKER);
            }
            return new BoostQuery(asDisjunctions(boosted.getQuery()), boosted.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder rewritten =
                    new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool.clauses()) {
                rewritten.add(asDisjunctions(clause.getQuery()), clause.getOccur());
            }
            return rewritten.build();
        }
        return query;
    }

    private static boolean expandable(String text, SynonymMatch match) {
        long quotesBefore =
                text.substring(0, match.start()).chars().filter(c -> c == '"').count();
        boolean insideQuotes = quotesBefore % 2 == 1;
        boolean fieldValue = match.start() > 0 && text.charAt(match.start() - 1) == ':';
        boolean wildcardOrFuzzy = match.end() < text.length() && "*?~^".indexOf(text.charAt(match.end())) >= 0;
        boolean operator = OPERATORS.contains(text.substring(match.start(), match.end()));
        return !insideQuotes && !fieldValue && !wildcardOrFuzzy && !operator;
    }
}
