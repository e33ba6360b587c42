package org.lessons.search.internal;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.lessons.index.LanguageAnalyzers;
import org.springframework.stereotype.Component;

/**
 * Builds the snippet of each hit: its best-matching sentences, HTML-escaped, with the matches in
 * {@code <mark>}. A hit that matched only in its title or section shows its opening sentences instead. In a
 * Chatham House document, names of people are withheld from a viewer below the attribution clearance.
 */
@Component
public class Snippets {

    private static final int SENTENCES = 2;

    private final LanguageAnalyzers analyzers;

    public Snippets(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** The snippet of each hit, with the names of people withheld where the viewer may not see them. */
    public String[] highlight(
            IndexSearcher searcher, Query query, ScoreDoc[] hits, Document[] stored, Visibility visibility)
            throws IOException {
        if (hits.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter.Builder highlighter = UnifiedHighlighter.builder(searcher, analyzers.fallback())
                .withMaxNoHighlightPassages(SENTENCES)
                .withMaxLength(100_000);
        // Fuzzy, wildcard and regex clauses rewritten once to the terms they match: left as they are, the
        // highlighter would run their automata over the text of every hit again.
        Query matched = searcher.rewrite(query);
        String[] snippets = NameWithholding.highlight(highlighter, " … ", matched, hits, stored, visibility, SENTENCES);
        return Arrays.stream(snippets).map(s -> s == null ? "" : s.strip()).toArray(String[]::new);
    }
}
