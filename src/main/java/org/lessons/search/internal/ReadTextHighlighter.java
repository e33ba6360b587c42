package org.lessons.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A unified highlighter that takes each hit's text from the stored fields already read for the hit, where Lucene's
 * would read and decompress them again. Offsets still come from the postings.
 */
final class ReadTextHighlighter extends UnifiedHighlighter {

    private final String field;
    private final Map<Integer, String> texts;

    /** @param texts the field's text by document number, for every document that will be highlighted */
    ReadTextHighlighter(Builder builder, String field, Map<Integer, String> texts) {
        super(builder);
        this.field = field;
        this.texts = texts;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            CharSequence[] byField = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                String text = fields[i].equals(field) ? texts.get(doc) : null;
                byField[i] = text == null ? "" : text;
            }
            values.add(byField);
        }
        return values;
    }
}
