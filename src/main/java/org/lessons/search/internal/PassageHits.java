package org.lessons.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.lessons.index.LessonFields;
import org.lessons.search.Hit;
import org.lessons.search.SearchRequest;
import org.springframework.stereotype.Component;

/** Turns top documents into hits: snippets, stored fields and tags, flat or grouped by document, and cursors. */
@Component
public class PassageHits {

    /** Passages shown under the best one of a document when grouping. */
    static final int MORE_PER_DOCUMENT = 2;

    private final Snippets snippets;

    public PassageHits(Snippets snippets) {
        this.snippets = snippets;
    }

    /** The hits as the viewer may read them: in Chatham House documents, without names they may not see. */
    public List<Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] docs, Visibility visibility)
            throws IOException {
        Document[] stored = StoredHits.read(searcher, docs);
        String[] highlighted = snippets.highlight(searcher, query, docs, stored, visibility);
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            hits.add(HitReader.read(stored[i], highlighted[i], visibility));
        }
        return hits;
    }

    /**
     * One hit per document in order of each document's best passage, with its next best passages and the number
     * of its passages that matched anywhere in the results.
     */
    public Groups groups(
            IndexSearcher searcher,
            Query query,
            FacetedSearch.Outcome outcome,
            SearchRequest request,
            Visibility visibility)
            throws IOException {
        Map<String, List<ScoreDoc>> byDocument = new LinkedHashMap<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc doc : outcome.hits()) {
            String documentId = stored.document(doc.doc, java.util.Set.of(LessonFields.DOCUMENT_ID))
                    .get(LessonFields.DOCUMENT_ID);
            byDocument.computeIfAbsent(documentId, id -> new ArrayList<>()).add(doc);
        }
        Map<String, Integer> matches = DocumentMatches.count(searcher, outcome.query());
        List<List<ScoreDoc>> groups = new ArrayList<>(byDocument.values());
        int from = Math.min(groups.size(), request.page() * request.size());
        int to = Math.min(groups.size(), from + request.size());
        List<Hit> hits = new ArrayList<>();
        for (List<ScoreDoc> group : groups.subList(from, to)) {
            List<ScoreDoc> shown = group.subList(0, Math.min(group.size(), MORE_PER_DOCUMENT + 1));
            List<Hit> passages = hits(searcher, query, shown.toArray(ScoreDoc[]::new), visibility);
            Hit head = passages.get(0);
            hits.add(head.grouped(
                    matches.getOrDefault(head.documentId(), group.size()), passages.subList(1, passages.size())));
        }
        return new Groups(Math.max(matches.size(), byDocument.size()), hits);
    }

    public FieldDoc after(SearchRequest request, int maxDoc) {
        return Cursors.decode(request.cursor(), request.sort(), maxDoc);
    }

    public String cursor(FieldDoc last, SearchRequest request) {
        return Cursors.encode(last, request.sort());
    }

    /** A page of grouped hits and the number of matching documents. */
    public record Groups(long total, List<Hit> hits) {}
}
