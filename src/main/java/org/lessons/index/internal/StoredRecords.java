package org.lessons.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.lessons.index.LessonFields;

/** Finds the stored records of one document: its document record and its passages. */
public final class StoredRecords {

    public static final Query DOCUMENT_RECORDS =
            new TermQuery(new Term(LessonFields.RECORD, LessonFields.RECORD_DOCUMENT));
    public static final Query PASSAGES = new TermQuery(new Term(LessonFields.RECORD, LessonFields.RECORD_PASSAGE));

    private StoredRecords() {}

    public static Optional<Document> record(IndexSearcher searcher, String documentId) throws IOException {
        TopDocs top = searcher.search(ofDocument(DOCUMENT_RECORDS, documentId), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
    }

    /** The document's passages, in no particular order. */
    public static List<Document> passages(IndexSearcher searcher, String documentId) throws IOException {
        Query query = ofDocument(PASSAGES, documentId);
        int count = Math.max(1, searcher.count(query));
        StoredFields stored = searcher.storedFields();
        List<Document> passages = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
            passages.add(stored.document(hit.doc));
        }
        return passages;
    }

    private static Query ofDocument(Query records, String documentId) {
        return new BooleanQuery.Builder()
                .add(records, Occur.FILTER)
                .add(new TermQuery(new Term(LessonFields.DOCUMENT_ID, documentId)), Occur.FILTER)
                .build();
    }
}
