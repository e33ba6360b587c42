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

    public LanguageTextField(String name, String value, Analyzer analyzer) {
        super(name, value, TYPE);
        this.analyzer = analyzer;
    }

    @Override
    public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
        return analyzer.tokenStream(name(), stringValue());
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
