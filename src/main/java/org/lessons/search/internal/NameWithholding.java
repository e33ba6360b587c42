package org.lessons.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.lessons.enrich.NameSpans;
import org.lessons.index.LessonFields;
import org.lessons.index.StoredPassage;

/**
 * Highlighting for a viewer: the passages of Chatham House documents whose names the viewer may not see are
 * formatted with those names withheld, each on its own (a highlighter's formatter serves every document it
 * formats), and all other passages together, as before.
 */
final class NameWithholding {

    private static final Set<String> HANDLING_FIELDS = Set.of(
            LessonFields.MARKING,
            LessonFields.CHATHAM_HOUSE,
            LessonFields.NAMES_IN_TEXT,
            LessonFields.TEXT,
            LessonFields.TAGS);

    private NameWithholding() {}

    /** For each passage, the names to withhold from this viewer: none unless its document is held under the rule. */
    static NameSpans[] withheld(IndexSearcher searcher, ScoreDoc[] docs, Visibility visibility) throws IOException {
        NameSpans[] withheld = new NameSpans[docs.length];
        for (int i = 0; i < docs.length; i++) {
            Document stored = searcher.storedFields().document(docs[i].doc, HANDLING_FIELDS);
            withheld[i] = visibility.withholdsNames(StoredPassage.handling(stored))
                    ? StoredPassage.namesInText(stored)
                    : NameSpans.NONE;
        }
        return withheld;
    }

    /**
     * The highlighted text field of each passage, in order, null where it has none.
     *
     * @param builder a highlighter builder with everything set but the formatter
     */
    static String[] highlight(
            UnifiedHighlighter.Builder builder,
            String ellipsis,
            Query query,
            ScoreDoc[] docs,
            NameSpans[] withheld,
            int passages)
            throws IOException {
        String[] texts = new String[docs.length];
        List<Integer> plain = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            if (withheld[i].isEmpty()) {
                plain.add(i);
            } else {
                texts[i] = builder.withFormatter(new WithheldNamesFormatter(ellipsis, withheld[i]))
                        .build()
                        .highlight(LessonFields.TEXT, query, topDocs(new ScoreDoc[] {docs[i]}), passages)[0];
            }
        }
        if (!plain.isEmpty()) {
            ScoreDoc[] rest = plain.stream().map(i -> docs[i]).toArray(ScoreDoc[]::new);
            String[] highlighted = builder.withFormatter(new WithheldNamesFormatter(ellipsis, NameSpans.NONE))
                    .build()
                    .highlight(LessonFields.TEXT, query, topDocs(rest), passages);
            for (int j = 0; j < rest.length; j++) {
                texts[plain.get(j)] = highlighted[j];
            }
        }
        return texts;
    }

    private static TopDocs topDocs(ScoreDoc[] docs) {
        return new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    }
}
