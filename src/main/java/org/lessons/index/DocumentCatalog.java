package org.lessons.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.lessons.enrich.NameSpans;
import org.lessons.index.internal.DocumentMapper;
import org.lessons.index.internal.StoredRecords;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;
import org.springframework.stereotype.Component;

/**
 * Reads the document records of the index: the library of documents, one document with its passages, and
 * what a rescan needs to know to skip unchanged files. The index is the single source of truth for what has
 * been ingested, so there is no second catalogue to drift out of step with it.
 *
 * <p>What is shown to someone (listings, counts, failures, a document to read) is read for a clearance, which
 * every such method requires, so that a hidden document is missing from all of them; what ingest needs to keep
 * the index in step with the files is read whole.
 */
@Component
public class DocumentCatalog {

    private static final Query DOCUMENT_RECORDS = StoredRecords.DOCUMENT_RECORDS;
    private static final Query PASSAGES = StoredRecords.PASSAGES;
    private static final Sort NEWEST_FIRST = newestFirst();

    private final LessonIndex index;

    public DocumentCatalog(LessonIndex index) {
        this.index = index;
    }

    /** The file each document came from, by document id. */
    public Map<String, SourceFile> sources() {
        return read(searcher -> {
            Map<String, SourceFile> sources = new LinkedHashMap<>();
            int count = Math.max(1, searcher.count(DOCUMENT_RECORDS));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(DOCUMENT_RECORDS, count).scoreDocs) {
                Document record = stored.document(hit.doc);
                sources.put(record.get(LessonFields.DOCUMENT_ID), DocumentMapper.source(record));
            }
            return sources;
        });
    }

    /** The ids of the documents at a corpus path, or below it when it is a folder, whatever their marking: for ingest. */
    public List<String> idsAt(String relativePath) {
        Query documents = new BooleanQuery.Builder()
                .add(LessonFields.atPath(relativePath), BooleanClause.Occur.MUST)
                .add(DOCUMENT_RECORDS, BooleanClause.Occur.FILTER)
                .build();
        return read(searcher -> {
            List<String> ids = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(documents, Math.max(1, searcher.count(documents))).scoreDocs) {
                ids.add(stored.document(hit.doc, Set.of(LessonFields.DOCUMENT_ID))
                        .get(LessonFields.DOCUMENT_ID));
            }
            return ids;
        });
    }

    public Optional<SourceFile> source(String documentId) {
        return findRecord(documentId).map(DocumentMapper::source);
    }

    /**
     * The document's marking and Chatham House flag as indexed, whatever they are: for ingest and for checking a
     * curator's change, never for showing.
     */
    public Optional<Handling> handling(String documentId) {
        return findRecord(documentId).map(DocumentMapper::handling);
    }

    /** A page of the documents the clearance may see, newest first, failures included. */
    public DocumentPage list(int page, int size, Marking clearance) {
        Query visible = MarkingFilter.restrict(DOCUMENT_RECORDS, clearance);
        return read(searcher -> {
            int total = searcher.count(visible);
            // in longs: a page number near Integer.MAX_VALUE must read as past the end, not wrap around
            long from = (long) page * size;
            List<DocumentSummary> items = new ArrayList<>();
            if (from < total) {
                TopDocs top = searcher.search(visible, (int) Math.min(total, from + size), NEWEST_FIRST);
                StoredFields stored = searcher.storedFields();
                for (int i = (int) from; i < top.scoreDocs.length; i++) {
                    items.add(DocumentMapper.summary(stored.document(top.scoreDocs[i].doc)));
                }
            }
            return new DocumentPage(total, page, size, items);
        });
    }

    /**
     * The document with its passages, if the clearance may see it; a hidden document is as missing as an unknown
     * one.
     */
    public Optional<DocumentDetail> find(String documentId, Marking clearance) {
        return find(documentId).filter(detail -> clearance.permits(detail.marking()));
    }

    /** The document with its passages, whatever its marking: for ingest, never for showing. */
    public Optional<DocumentDetail> find(String documentId) {
        return read(searcher -> {
            Optional<Document> found = StoredRecords.record(searcher, documentId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Document record = found.get();
            List<Document> passages = StoredRecords.passages(searcher, documentId);
            return Optional.of(new DocumentDetail(
                    DocumentMapper.summary(record),
                    DocumentMapper.authors(record),
                    DocumentMapper.intValue(record, LessonFields.PAGE_COUNT, 0),
                    record.get(LessonFields.MEDIA_TYPE),
                    record.get(LessonFields.SHA256),
                    record.get(LessonFields.EVENT),
                    DocumentMapper.participants(record),
                    DocumentMapper.origin(record),
                    passagesOf(passages),
                    DocumentMapper.handling(record).chathamHouse() ? namesIn(passages) : Map.of()));
        });
    }

    /**
     * The document as it was written to the index, rebuilt from stored fields, so that it can be re-tagged
     * and written again without parsing the file. Empty for unknown or failed documents.
     */
    public Optional<IndexedDocument> stored(String documentId) {
        return read(searcher -> {
            Optional<Document> record = StoredRecords.record(searcher, documentId);
            if (record.isEmpty() || DocumentMapper.failed(record.get())) {
                return Optional.empty();
            }
            return Optional.of(DocumentMapper.indexed(record.get(), StoredRecords.passages(searcher, documentId)));
        });
    }

    /** Every file the clearance may see whose ingest failed, with its reason. */
    public List<DocumentSummary> failures(Marking clearance) {
        Query failed = MarkingFilter.restrict(
                new BooleanQuery.Builder()
                        .add(DOCUMENT_RECORDS, Occur.FILTER)
                        .add(new TermQuery(new Term(LessonFields.OUTCOME, "failed")), Occur.FILTER)
                        .build(),
                clearance);
        return read(searcher -> {
            List<DocumentSummary> failures = new ArrayList<>();
            int count = Math.max(1, searcher.count(failed));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(failed, count).scoreDocs) {
                failures.add(DocumentMapper.summary(stored.document(hit.doc)));
            }
            failures.sort(Comparator.comparing(DocumentSummary::path));
            return failures;
        });
    }

    /** What the clearance may see of the index: documents, their passages, and failed files. */
    public CorpusCounts counts(Marking clearance) {
        Query failed = MarkingFilter.restrict(new TermQuery(new Term(LessonFields.OUTCOME, "failed")), clearance);
        Query indexed = MarkingFilter.restrict(new TermQuery(new Term(LessonFields.OUTCOME, "indexed")), clearance);
        Query passages = MarkingFilter.restrict(PASSAGES, clearance);
        return read(searcher ->
                new CorpusCounts(searcher.count(indexed), searcher.count(passages), searcher.count(failed)));
    }

    private Optional<Document> findRecord(String documentId) {
        return read(searcher -> StoredRecords.record(searcher, documentId));
    }

    private static Map<String, NameSpans> namesIn(List<Document> passages) {
        Map<String, NameSpans> names = new LinkedHashMap<>();
        passages.forEach(
                passage -> names.put(passage.get(LessonFields.PASSAGE_ID), DocumentMapper.namesInText(passage)));
        return names;
    }

    private static List<IndexedPassage> passagesOf(List<Document> passages) {
        return passages.stream()
                .map(DocumentMapper::passage)
                .sorted(Comparator.comparingInt(IndexedPassage::ordinal))
                .toList();
    }

    private static Sort newestFirst() {
        SortField date = new SortedNumericSortField(LessonFields.DATE_DAY, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, new SortedSetSortField(LessonFields.PATH, false));
    }

    private <T> T read(SearcherRead<T> action) {
        try (SearcherLease lease = index.acquire()) {
            return action.apply(lease.searcher());
        } catch (IOException e) {
            throw new UncheckedIOException("Index read failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SearcherRead<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
