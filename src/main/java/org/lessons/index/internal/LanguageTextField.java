package org.lessons.index.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * A stored text field analysed by the analyser of its passage's language rather than the writer's per-field
 * analyser. This keeps one {@code text} field for all languages, so a query needs no per-language field list
 * and highlighting reads one field.
 */
public final class LanguageTextField extends Field {

    /** Stored, tokenised, with offsets in the postings so the highlighter needs no re-analysis. */
    public static final FieldType TYPE = createType();

    private final Analyzer analyzer;
    private final String analysed;

    public LanguageTextField(String name, String value, Analyzer analyzer) {
        this(name, value, value, analyzer);
    }

    /**
     * Stores the value but analyses another text of the same length, such as the value with people's names blanked
     * out: what a search can match then differs from what is shown, while the offsets still point into the value.
     */
    public LanguageTextField(String name, String value, String analysed, Analyzer analyzer) {
        super(name, value, TYPE);
        if (analysed.length() != value.length()) {
            throw new IllegalArgumentException("The analysed text of " + name + " must keep the offsets of its value");
        }
        this.analyzer = analyzer;
        this.analysed = analysed;
    }

    @Override
    public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
        return analyzer.tokenStream(name(), analysed);
    }

    private static FieldType createType() {
        FieldType type = new FieldType();
        type.setStored(true);
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
