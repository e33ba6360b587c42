package org.lessons.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * One analyser per supported language, chosen per passage at index time and applied to the query in every
 * language at search time. A passage is analysed in its own language (so "prisons" and "prison" meet in
 * English, "pénitentiaires" and "pénitentiaire" in French); other languages fall back to a folding analyser
 * without stemming, which never harms recall badly.
 */
@org.springframework.stereotype.Component
public final class LanguageAnalyzers {

    /** The language code used for passages in a language without a dedicated analyser. */
    public static final String FALLBACK = "xx";

    private final Map<String, Analyzer> analyzers = new LinkedHashMap<>();

    public LanguageAnalyzers() {
        analyzers.put("en", new EnglishAnalyzer());
        analyzers.put("fr", new FrenchAnalyzer());
        analyzers.put("de", new GermanAnalyzer());
        analyzers.put("es", new SpanishAnalyzer());
        analyzers.put(FALLBACK, new FoldingAnalyzer());
    }

    /** The analyser for an ISO 639-1 language code, or the fallback for any other language. */
    public Analyzer forLanguage(String language) {
        return analyzers.getOrDefault(analysisLanguage(language), analyzers.get(FALLBACK));
    }

    /** The language whose analysis a passage of the given language gets. */
    public String analysisLanguage(String language) {
        return language != null && analyzers.containsKey(language) ? language : FALLBACK;
    }

    /** Every analyser by language code, the fallback last; queries are analysed with each of them. */
    public Map<String, Analyzer> all() {
        return Collections.unmodifiableMap(analyzers);
    }

    public Analyzer fallback() {
        return analyzers.get(FALLBACK);
    }

    private static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
