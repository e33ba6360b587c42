package org.lessons.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonFields;
import org.springframework.stereotype.Component;

/**
 * Reads what the user typed into a Lucene query. Passages are analysed in their own language, so the query is
 * analysed in every supported language and the variants are combined as alternatives: "prisons" finds English
 * "prison" and French "prisons" alike, and a stop word of one language cannot make another language's passages
 * unreachable. A query the syntax rejects is searched as plain words instead, with a notice saying so.
 */
@Component
public class QueryFactory {

    /** How much a passage matching in several languages' analysis gains over one matching in one. */
    private static final float TIE_BREAKER = 0.1f;

    private final LanguageAnalyzers analyzers;
    private final Map<String, Float> boosts = LessonFields.SEARCHED_FIELDS.stream()
            .collect(Collectors.toMap(LessonFields.WeightedField::name, LessonFields.WeightedField::boost));
    private final String[] fields =
            LessonFields.SEARCHED_FIELDS.stream().map(LessonFields.WeightedField::name).toArray(String[]::new);

    public QueryFactory(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** The query for the user's words; all words must match unless {@code anyTerm}. */
    public UserQuery parse(String text, boolean anyTerm) {
        if (text.isBlank()) {
            return new UserQuery(new MatchAllDocsQuery(), null, 0);
        }
        try {
            return build(text, anyTerm, null);
        } catch (ParseException | IllegalArgumentException e) {
            try {
                return build(QueryParserBase.escape(text), anyTerm,
                        "Your query could not be read as query syntax, so it was searched as plain words.");
            } catch (ParseException | IllegalArgumentException stillBroken) {
                return new UserQuery(new MatchNoDocsQuery(), "Your query could not be read.", 0);
            }
        }
    }

    private UserQuery build(String text, boolean anyTerm, String notice) throws ParseException {
        List<Query> variants = new ArrayList<>();
        int clauses = 0;
        for (Analyzer analyzer : analyzers.all().values()) {
            Query variant = parser(analyzer, anyTerm).parse(text);
            if (variant instanceof BooleanQuery bool) {
                clauses = Math.max(clauses, bool.clauses().size());
            }
            variants.add(variant);
        }
        return new UserQuery(new DisjunctionMaxQuery(variants, TIE_BREAKER), notice, clauses);
    }

    private QueryParser parser(Analyzer analyzer, boolean anyTerm) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, boosts);
        parser.setDefaultOperator(anyTerm ? QueryParser.Operator.OR : QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        return parser;
    }

    /**
     * A parsed query.
     *
     * @param notice how the input was reinterpreted, or null
     * @param terms the number of top-level clauses; above one, an any-term retry can find more
     */
    public record UserQuery(Query query, String notice, int terms) {}
}
