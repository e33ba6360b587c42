package org.lessons.search.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.lessons.enrich.Taxonomy;
import org.lessons.index.FacetDimension;
import org.lessons.index.LessonFields;
import org.lessons.search.InvalidSearchException;

/**
 * Lucene's classic syntax with Lessons' fields and limits. A field written as a facet dimension
 * ({@code country:NO}, {@code tool:online-monitoring}) filters like the facet does; wildcards need two letters
 * before the {@code *} so that one query cannot enumerate the vocabulary.
 */
final class LessonsQueryParser extends MultiFieldQueryParser {

    /** Letters required before a wildcard: "ra*" is a search, "r*" is a scan of the vocabulary. */
    static final int MIN_WILDCARD_PREFIX = 2;

    private static final int MAX_YEARS_IN_RANGE = 100;

    /** The parser's codes for "no AND/OR before the clause" and "no +/- on it" (package-private in Lucene). */
    private static final int NO_CONJUNCTION = 0;

    private static final int NO_MODIFIER = 0;
    private static final int DETERMINIZE_WORK_LIMIT = 10_000;

    private final Taxonomy taxonomy;

    LessonsQueryParser(
            String[] fields, Analyzer analyzer, Map<String, Float> boosts, Taxonomy taxonomy, boolean anyTerm) {
        super(fields, analyzer, boosts);
        this.taxonomy = taxonomy;
        setDefaultOperator(anyTerm ? Operator.OR : Operator.AND);
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(true);
        setFuzzyPrefixLength(1);
        setDeterminizeWorkLimit(DETERMINIZE_WORK_LIMIT);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        Optional<FacetDimension> dimension = dimension(field);
        return dimension.isPresent()
                ? facetQuery(dimension.get(), queryText)
                : super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        Optional<FacetDimension> dimension = dimension(field);
        return dimension.isPresent()
                ? facetQuery(dimension.get(), queryText)
                : super.getFieldQuery(field, queryText, slop);
    }

    /**
     * A facet field is a filter, not a word: it must hold even when the other words only need to match in part
     * (the any-word retry), unless the user excluded it with a minus.
     */
    @Override
    protected void addClause(List<BooleanClause> clauses, int conj, int mods, Query query) {
        super.addClause(clauses, conj, mods, query);
        if (conj == NO_CONJUNCTION && mods == NO_MODIFIER && query != null && isFacetFilter(query)) {
            BooleanClause added = clauses.get(clauses.size() - 1);
            if (added.getOccur() == Occur.SHOULD) {
                // an explicit OR after it turns it back into an alternative (the parser rewrites the last clause)
                clauses.set(clauses.size() - 1, newBooleanClause(added.getQuery(), Occur.MUST));
            }
        }
    }

    private static boolean isFacetFilter(Query query) {
        if (query instanceof TermQuery term) {
            return term.getTerm().field().equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        }
        return query instanceof BooleanQuery bool
                && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(clause -> isFacetFilter(clause.getQuery()));
    }

    @Override
    protected Query getRangeQuery(
            String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        if (FacetDimension.YEAR.id().equals(field)) {
            return yearRange(part1, part2, startInclusive, endInclusive);
        }
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        requireLettersBeforeWildcard(termStr, firstWildcard(termStr));
        return LessonFields.TEXT.equals(field)
                ? super.getWildcardQuery(LessonFields.WORDS, TextFolding.fold(termStr))
                : super.getWildcardQuery(field, termStr);
    }

    /**
     * Wildcards run on the unstemmed words of the text: "rehabilitat*" must find "rehabilitation", whose stem
     * ("rehabilit") it does not begin.
     */
    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        requireLettersBeforeWildcard(termStr + "*", termStr.length());
        return LessonFields.TEXT.equals(field)
                ? super.getPrefixQuery(LessonFields.WORDS, TextFolding.fold(termStr))
                : super.getPrefixQuery(field, termStr);
    }

    private static void requireLettersBeforeWildcard(String term, int letters) {
        if (letters < MIN_WILDCARD_PREFIX) {
            throw new InvalidSearchException(
                    "'" + term + "': a wildcard needs at least " + MIN_WILDCARD_PREFIX
                            + " letters before it (for example rehab*), because it would otherwise scan every word in the index.");
        }
    }

    private Query facetQuery(FacetDimension dimension, String value) {
        String normalized = dimension == FacetDimension.COUNTRY || dimension == FacetDimension.PARTICIPANT_COUNTRY
                ? value.toUpperCase(Locale.ROOT)
                : value.toLowerCase(Locale.ROOT);
        String[] path =
                dimension == FacetDimension.TOOL && taxonomy.concept(normalized).isPresent()
                        ? taxonomy.path(normalized).toArray(String[]::new)
                        : new String[] {normalized};
        return new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dimension.id(), path));
    }

    private Query yearRange(String from, String to, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        int first = year(from, 0) + (startInclusive ? 0 : 1);
        int last = year(to, 9999) - (endInclusive ? 0 : 1);
        if (last - first >= MAX_YEARS_IN_RANGE) {
            throw new InvalidSearchException("A year range may cover at most " + MAX_YEARS_IN_RANGE
                    + " years; use from and to dates for longer spans.");
        }
        BooleanQuery.Builder years = new BooleanQuery.Builder();
        for (int year = first; year <= last; year++) {
            years.add(facetQuery(FacetDimension.YEAR, Integer.toString(year)), Occur.SHOULD);
        }
        return years.build();
    }

    private static int year(String text, int open) throws ParseException {
        if (text == null || text.equals("*")) {
            return open;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ParseException("'" + text + "' is not a year");
        }
    }

    private static Optional<FacetDimension> dimension(String field) {
        return field == null ? Optional.empty() : FacetDimension.fromId(field);
    }

    private static int firstWildcard(String term) {
        int star = term.indexOf('*');
        int question = term.indexOf('?');
        if (star < 0) {
            return question < 0 ? term.length() : question;
        }
        return question < 0 ? star : Math.min(star, question);
    }

    /** The fields a user may name in a query, for messages. */
    static List<String> userFields() {
        List<String> fields = new java.util.ArrayList<>(List.of("title", "section", "text"));
        for (FacetDimension dimension : FacetDimension.values()) {
            fields.add(dimension.id());
        }
        return fields;
    }
}
