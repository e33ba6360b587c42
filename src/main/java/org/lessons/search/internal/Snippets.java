package org.lessons.search.internal;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonFields;
import org.springframework.stereotype.Component;

/**
 * Builds the snippet of each hit: its best-matching sentences, HTML-escaped, with the matches in
 * {@code <mark>}. A hit that matched only in its title or section shows its opening sentences instead.
 */
@Component
public class Snippets {

    private static final int SENTENCES = 2;

    private final LanguageAnalyzers analyzers;

    public Snippets(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    public String[] highlight(IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
        if (hits.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzers.fallback())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(SENTENCES)
                .withMaxLength(100_000)
                .build();
        TopDocs page = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
        // Fuzzy, wildcard and regex clauses rewritten once to the terms they match: left as they are, the
        // highlighter would run their automata over the text of every hit again.
        Query matched = searcher.rewrite(query);
        String[] snippets = highlighter.highlight(LessonFields.TEXT, matched, page, SENTENCES);
        return Arrays.stream(snippets).map(s -> s == null ? "" : s.strip()).toArray(String[]::new);
    }
}
