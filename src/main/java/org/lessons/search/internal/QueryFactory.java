package org.lessons.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.lessons.enrich.SynonymMatch;
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

    /** Weight of a tag named by the query's words, next to the words themselves. */
    static final String TAG_BOOST = "0.5";

    /** Weight of a tool tag that the query's words trigger; it orders the matches, it does not add any. */
    private static final float CONCEPT_BOOST = 2.0f;

    static final int MAX_NESTING = 8;

    private static final Pattern FIELD = Pattern.compile("(?<![\\w\\\\])([\\p{L}][\\p{L}\\d_-]*):(?=\\s*\\S)");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    private final LanguageAnalyzers analyzers;
    private final Tagger tagger;
    private final Map<String, Float> boosts = LessonFields.SEARCHED_FIELDS.stream()
            .collect(Collectors.toMap(LessonFields.WeightedField::name, LessonFields.WeightedField::boost));
    private final String[] fields = LessonFields.SEARCHED_FIELDS.stream()
            .map(LessonFields.WeightedField::name)
            .toArray(String[]::new);

    public QueryFactory(LanguageAnalyzers analyzers, Tagger tagger) {
        this.analyzers = analyzers;
        this.tagger = tagger;
    }

    /** The query for the user's words; all words must match unless {@code anyTerm}. */
    public UserQuery parse(String text, boolean anyTerm) {
        if (text.isBlank()) {
            return new UserQuery(new MatchAllDocsQuery(), null, 0);
        }
        checkCost(text);
        List<String> notices = new ArrayList<>();
        String withKnownFields = unknownFieldsAsWords(text, notices);
        String expanded = expandSynonyms(withKnownFields);
        try {
            return build(expanded, anyTerm, notices);
        } catch (ParseException e) {
            if (String.valueOf(e.getMessage()).contains("not allowed as first character")) {
                throw new InvalidSearchException("A word cannot start with * or ?: that would scan every word in "
                        + "the index. Put at least two letters before the wildcard, for example rehab*.");
            }
            notices.add("Your query could not be read as query syntax, so it was searched as plain words.");
            try {
                return build(QueryParserBase.escape(withKnownFields), anyTerm, notices);
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

    private UserQuery build(String text, boolean anyTerm, List<String> notices) throws ParseException {
        List<Query> variants = new ArrayList<>();
        int clauses = 0;
        for (Analyzer analyzer : analyzers.all().values()) {
            Query variant = new LessonsQueryParser(fields, analyzer, boosts, tagger.taxonomy(), anyTerm).parse(text);
            if (variant instanceof BooleanQuery bool) {
                clauses = Math.max(clauses, bool.clauses().size());
            }
            variants.add(variant);
        }
        String notice = notices.isEmpty() ? null : String.join(" ", notices);
        Query words = new DisjunctionMaxQuery(variants, TIE_BREAKER);
        return new UserQuery(withConceptsOf(text, words), notice, clauses);
    }

    /**
     * Ranks higher the passages tagged with the tools the query's words trigger, in any language: "Ausstieg"
     * names exit programmes, and so do passages tagged with them that say "disengagement".
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
            ranked.add(new BoostQuery(tagged, CONCEPT_BOOST), Occur.SHOULD);
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

    /** Adds the synonyms of phrases outside quotes and field filters: MLA also finds "mutual legal assistance". */
    private String expandSynonyms(String text) {
        List<SynonymMatch> matches = tagger.synonyms(text);
        StringBuilder expanded = new StringBuilder();
        int copied = 0;
        for (SynonymMatch match : matches) {
            if (match.start() < copied || !expandable(text, match)) {
                continue;
            }
            String original = text.substring(match.start(), match.end());
            expanded.append(text, copied, match.start());
            // the words as typed keep their meaning (all of them); the synonyms are alternative phrases
            expanded.append("((").append(original).append(')');
            match.alternatives().forEach(alternative -> expanded.append(" OR \"")
                    .append(alternative.replace("\"", ""))
                    .append('"'));
            if (match.tagDimension() != null) {
                // passages tagged with the concept the words name, though they may word it otherwise
                expanded.append(" OR ")
                        .append(match.tagDimension())
                        .append(':')
                        .append(match.tagValue())
                        .append("^")
                        .append(TAG_BOOST);
            }
            expanded.append(')');
            copied = match.end();
        }
        expanded.append(text.substring(copied));
        return expanded.toString();
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

    /**
     * A parsed query.
     *
     * @param notice how the input was reinterpreted, or null
     * @param terms the number of top-level clauses; above one, an any-term retry can find more
     */
    public record UserQuery(Query query, String notice, int terms) {}
}
