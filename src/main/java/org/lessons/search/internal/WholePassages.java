package org.lessons.search.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonFields;
import org.springframework.stereotype.Component;

/**
 * Highlights the full text of every passage of one document, where a result snippet shows only the best
 * sentences: reading a lesson in its context, the reader still sees where the query's words are.
 */
@Component
public class WholePassages {

    private static final int LONGEST_PASSAGE = 1_000_000;

    private final LanguageAnalyzers analyzers;

    public WholePassages(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * Passage id to its text, HTML-escaped, with the query's matches in {@code <mark>} and, in a Chatham House
     * document, the names of people withheld from a viewer below the attribution clearance; empty for a document the
     * viewer may not see.
     */
    public Map<String, String> highlight(IndexSearcher searcher, String documentId, Query query, Visibility visibility)
            throws IOException {
        Query passages = visibility.restrict(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(LessonFields.RECORD, LessonFields.RECORD_PASSAGE)), Occur.FILTER)
                .add(new TermQuery(new Term(LessonFields.DOCUMENT_ID, documentId)), Occur.FILTER)
                .build());
        TopDocs all = searcher.search(passages, Math.max(1, searcher.count(passages)));
        UnifiedHighlighter.Builder highlighter = UnifiedHighlighter.builder(searcher, analyzers.fallback())
                .withBreakIterator(WholeBreakIterator::new)
                // a passage without a match is still shown whole, escaped the same way
                .withMaxNoHighlightPassages(1)
                .withMaxLength(LONGEST_PASSAGE);
        Document[] stored = StoredHits.read(searcher, all.scoreDocs);
        String[] texts = NameWithholding.highlight(highlighter, " ", query, all.scoreDocs, stored, visibility, 1);
        Map<String, String> highlighted = new LinkedHashMap<>();
        for (int i = 0; i < all.scoreDocs.length; i++) {
            String id = stored[i].get(LessonFields.PASSAGE_ID);
            if (texts[i] != null) {
                highlighted.put(id, texts[i]);
            }
        }
        return highlighted;
    }
}
