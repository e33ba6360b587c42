package org.lessons.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
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

    private NameWithholding() {}

    /** For each passage, the names to withhold from this viewer: none unless its document is held under the rule. */
    private static NameSpans[] withheld(Document[] stored, Visibility visibility) {
        NameSpans[] withheld = new NameSpans[stored.length];
        for (int i = 0; i < stored.length; i++) {
            withheld[i] = visibility.withholdsNames(StoredPassage.handling(stored[i]))
                    ? StoredPassage.namesInText(stored[i])
                    : NameSpans.NONE;
        }
        return withheld;
    }

    /**
     * The highlighted text field of each passage, in order, null where it has none.
     *
     * @param builder a highlighter builder with everything set but the formatter
     * @param stored the stored fields of each passage, read already
     */
    static String[] highlight(
            UnifiedHighlighter.Builder builder,
            String ellipsis,
            Query query,
            ScoreDoc[] docs,
            Document[] stored,
            Visibility visibility,
            int passages)
            throws IOException {
        NameSpans[] withheld = withheld(stored, visibility);
        Map<Integer, String> read = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            read.put(docs[i].doc, stored[i].get(LessonFields.TEXT));
        }
        String[] texts = new String[docs.length];
        List<Integer> plain = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            if (withheld[i].isEmpty()) {
                plain.add(i);
            } else {
                texts[i] = highlighter(builder.withFormatter(new WithheldNamesFormatter(ellipsis, withheld[i])), read)
                        .highlight(LessonFields.TEXT, query, topDocs(new ScoreDoc[] {docs[i]}), passages)[0];
            }
        }
        if (!plain.isEmpty()) {
            ScoreDoc[] rest = plain.stream().map(i -> docs[i]).toArray(ScoreDoc[]::new);
            String[] highlighted = highlighter(
                            builder.withFormatter(new WithheldNamesFormatter(ellipsis, NameSpans.NONE)), read)
                    .highlight(LessonFields.TEXT, query, topDocs(rest), passages);
            for (int j = 0; j < rest.length; j++) {
                texts[plain.get(j)] = highlighted[j];
            }
        }
        return texts;
    }

    private static UnifiedHighlighter highlighter(UnifiedHighlighter.Builder builder, Map<Integer, String> texts) {
        return new ReadTextHighlighter(builder, LessonFields.TEXT, texts);
    }

    private static TopDocs topDocs(ScoreDoc[] docs) {
        return new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    }
}
