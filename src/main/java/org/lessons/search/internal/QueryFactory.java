package org.lessons.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.lessons.enrich.Tag;
import org.lessons.enrich.Tagger;
import org.lessons.index.FacetDimension;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonFields;
import org.lessons.search.InvalidSearchException;
import org.springframework.stereotype.Component;

/**
 * Reads what the user typed into a Lucene query. Passages are analysed in their own language, so the query is
 * analysed in every supported language and the variants are combined as alternatives: "prisons" finds English
 * "prison" and French "prisons" alike, and a stop word of one language cannot make another language's passages
 * unreachable. Domain synonyms are added before parsing. A query the syntax rejects is searched as plain words,
 * with a notice; a query that would be too costly is refused with a reason.
 */
@Component
public class QueryFactory {

    /** How much a passage matching in several languages' analysis gains over one matching in one. */
    private static final float TIE_BREAKER = 0.1f;

    static final int MAX_WORDS = 40;

    /**
     * Lift of a passage tagged with a tool the query's words trigger; it orders the matches, it does not add any.
     * Constant, so that a rare tag does not weigh more than a common one; measured against the judged queries.
     */
    private static final float CONCEPT_BOOST = 8.0f;

    static final int MAX_NESTING = 8;

    private static final Pattern FIELD = Pattern.compile("(?<![\\w\\\\])([\\p{L}][\\p{L}\\d_-]*):(?=\\s*\\S)");

    private final LanguageAnalyzers analyzers;
    private final Tagger tagger;
    private final SynonymGroups synonyms;
    private final Map<String, Float> boosts = LessonFields.SEARCHED_FIELDS.stream()
            .collect(Collectors.toMap(LessonFields.WeightedField::name, LessonFields.WeightedField::boost));
    private final String[] fields = LessonFields.SEARCHED_FIELDS.stream()
            .map(LessonFields.WeightedField::name)
            .toArray(String[]::new);

    public QueryFactory(LanguageAnalyzers analyzers, Tagger tagger) {
        this.analyzers = analyzers;
        this.tagger = tagger;
        this.synonyms = new SynonymGroups(tagger);
    }

    /** The query for the user's words; all words must match unless {@code anyTerm}. */
    public UserQuery parse(String text, boolean anyTerm) {
        if (text.isBlank()) {
            return new UserQuery(new MatchAllDocsQuery(), null, 0);
        }
        checkCost(text);
        List<String> notices = new ArrayList<>();
        String withKnownFields = unknownFieldsAsWords(text, notices);
        try {
            return build(withKnownFields, synonyms.expand(withKnownFields), anyTerm, notices);
        } catch (ParseException e) {
            if (String.valueOf(e.getMessage()).contains("not allowed as first character")) {
                throw new InvalidSearchException("A word cannot start with * or ?: that would scan every word in "
                        + "the index. Put at least two letters before the wildcard, for example rehab*.");
            }
            notices.add("Your query could not be read as query syntax, so it was searched as plain words.");
            try {
                String escaped = QueryParserBase.escape(withKnownFields);
                return build(escaped, escaped, anyTerm, notices);
            } catch (ParseException stillBroken) {
                throw new InvalidSearchException("The query could not be read: " + stillBroken.getMessage());
            }
        } catch (TooComplexToDeterminizeException e) {
            throw new InvalidSearchException(
                    "The regular expression is too complex to search. Use a simpler " + "pattern or plain words.");
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidSearchException("The query expands to too many terms. Use fewer words or wildcards.");
        }
    }

    private UserQuery build(String typed, String expanded, boolean anyTerm, List<String> notices)
            throws ParseException {
        List<Query> variants = new ArrayList<>();
        for (Analyzer analyzer : analyzers.all().values()) {
            Query variant =
                    SynonymGroups.asDisjunctions(parser(analyzer, anyTerm).parse(expanded));
            if (!variants.contains(variant)) {
                variants.add(variant);
            }
        }
        String notice = notices.isEmpty() ? null : String.join(" ", notices);
        Query words = new DisjunctionMaxQuery(variants, TIE_BREAKER);
        return new UserQuery(withConceptsOf(typed, words), notice, clauses(typed, anyTerm));
    }

    /**
     * The top-level clauses of what the user typed, synonyms aside, in the language that keeps the most of them
     * (a stop word of one language is a word of another): the any-word retry can only widen those.
     */
    private int clauses(String typed, boolean anyTerm) throws ParseException {
        int most = 0;
        for (Analyzer analyzer : analyzers.all().values()) {
            Query parsed = parser(analyzer, anyTerm).parse(typed);
            most = Math.max(
                    most, parsed instanceof BooleanQuery bool ? bool.clauses().size() : 1);
        }
        return most;
    }

    private LessonsQueryParser parser(Analyzer analyzer, boolean anyTerm) {
        return new LessonsQueryParser(fields, analyzer, boosts, tagger.taxonomy(), anyTerm);
    }

    /**
     * Ranks higher the passages tagged with the tools the query's words trigger, in any language: "Ausstieg"
     * names exit programmes, and so do passages tagged with them that say "disengagement". The words as typed,
     * not their synonyms: the labels of a concept in other languages can trigger neighbouring concepts.
     */
    private Query withConceptsOf(String text, Query words) {
        List<Tag> tools = tagger.tag(text).tools();
        if (tools.isEmpty()) {
            return words;
        }
        BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(words, Occur.MUST);
        for (Tag tool : tools) {
            String[] path = tagger.taxonomy().path(tool.value()).toArray(String[]::new);
            Query tagged = new TermQuery(
                    DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, FacetDimension.TOOL.id(), path));
            ranked.add(new BoostQuery(new ConstantScoreQuery(tagged), CONCEPT_BOOST), Occur.SHOULD);
        }
        return ranked.build();
    }

    /** Refuses queries whose size alone makes them costly: too many words, or parentheses nested too deep. */
    private static void checkCost(String text) {
        long words = text.split("\\s+").length;
        if (words > MAX_WORDS) {
            throw new InvalidSearchException("The query has " + words + " words; the limit is " + MAX_WORDS
                    + ". Search for the few words that matter most.");
        }
        int depth = 0;
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(' && ++depth > MAX_NESTING) {
                throw new InvalidSearchException(
                        "Parentheses are nested more than " + MAX_NESTING + " levels deep. Simplify the query.");
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    /** "lessons: prison" is prose, not a field: unknown field names are searched as words. */
    private static String unknownFieldsAsWords(String text, List<String> notices) {
        List<String> known = LessonsQueryParser.userFields();
        Matcher matcher = FIELD.matcher(text);
        StringBuilder rewritten = new StringBuilder();
        List<String> unknown = new ArrayList<>();
        while (matcher.find()) {
            String field = matcher.group(1);
            if (known.contains(field)) {
                matcher.appendReplacement(rewritten, Matcher.quoteReplacement(matcher.group()));
            } else {
                unknown.add(field);
                matcher.appendReplacement(rewritten, Matcher.quoteReplacement(field + " "));
            }
        }
        matcher.appendTail(rewritten);
        if (!unknown.isEmpty()) {
            notices.add("'" + String.join("', '", unknown) + "' is not a field, so it was searched as a word. "
                    + "Fields are " + String.join(", ", known) + ".");
        }
        return rewritten.toString();
    }

    /**
     * A parsed query.
     *
     * @param notice how the input was reinterpreted, or null
     * @param terms the number of top-level clauses; above one, an any-term retry can find more
     */
    public record UserQuery(Query query, String notice, int terms) {}
}
