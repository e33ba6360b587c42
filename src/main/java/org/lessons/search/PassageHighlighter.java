package org.lessons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.lessons.index.LessonIndex;
import org.lessons.index.SearcherLease;
import org.lessons.marking.MarkingProperties;
import org.lessons.marking.Viewers;
import org.lessons.search.internal.QueryFactory;
import org.lessons.search.internal.Visibility;
import org.lessons.search.internal.WholePassages;
import org.springframework.stereotype.Service;

/**
 * Marks a query's words in the full text of a document's passages, for reading a document that a search led
 * to. Any of the words is marked, as a reader looks for each of them, not only for passages that hold all.
 */
@Service
public class PassageHighlighter {

    private final LessonIndex index;
    private final QueryFactory queries;
    private final WholePassages passages;
    private final Viewers viewers;
    private final MarkingProperties markings;

    public PassageHighlighter(
            LessonIndex index,
            QueryFactory queries,
            WholePassages passages,
            Viewers viewers,
            MarkingProperties markings) {
        this.index = index;
        this.queries = queries;
        this.passages = passages;
        this.viewers = viewers;
        this.markings = markings;
    }

    /**
     * Passage id to its whole text, HTML-escaped, with the matches in {@code <mark>}; safe to insert as HTML.
     * Empty for a blank query and for a document the viewer may not see. In a Chatham House document, names of
     * people are withheld from a viewer below the attribution clearance, as in the document itself.
     *
     * @throws InvalidSearchException when the query is refused, as a search would refuse it
     */
    public Map<String, String> highlight(String documentId, String query) {
        if (query == null || query.isBlank()) {
            return Map.of();
        }
        QueryFactory.UserQuery words = queries.parse(query, true);
        try (SearcherLease lease = index.acquire()) {
            return passages.highlight(
                    lease.searcher(),
                    documentId,
                    words.query(),
                    Visibility.of(viewers.current().clearance(), markings));
        } catch (IOException e) {
            throw new UncheckedIOException("Highlighting document " + documentId + " failed: " + e.getMessage(), e);
        }
    }
}
