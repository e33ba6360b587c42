package org.lessons.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.lessons.index.DocumentCatalog;
import org.lessons.index.DocumentDetail;
import org.lessons.index.DocumentPage;
import org.lessons.index.DocumentSummary;
import org.lessons.marking.Marking;
import org.lessons.marking.MarkingProperties;
import org.lessons.marking.Viewers;
import org.springframework.stereotype.Service;

/**
 * The document library as curators browse it: every document and failed file, filtered and sorted. It reads
 * the catalogue whole and sorts in memory, which is instant for the thousands of documents an initiative holds
 * and keeps the index free of sort fields that only this screen would use. Everything is read for whoever is
 * looking: a document their clearance does not reach is not listed, not counted, and cannot be opened, exactly as
 * if it did not exist.
 */
@Service
public class LibraryService {

    private static final int READ_PAGE = 500;

    private final DocumentCatalog catalog;
    private final Viewers viewers;
    private final MarkingProperties markings;

    public LibraryService(DocumentCatalog catalog, Viewers viewers, MarkingProperties markings) {
        this.catalog = catalog;
        this.viewers = viewers;
        this.markings = markings;
    }

    /**
     * One document with its passages in order, for reading it; empty when it is unknown or hidden. Held under the
     * Chatham House rule, it comes without the names of people for a reader below the attribution clearance.
     */
    public Optional<DocumentDetail> document(String documentId) {
        Marking clearance = viewers.current().clearance();
        return catalog.find(documentId, clearance)
                .map(detail -> markings.withholdsNames(detail.summary().handling(), clearance)
                        ? detail.withNamesWithheld()
                        : detail);
    }

    /** A page of documents, newest first, failures included. */
    public DocumentPage documents(int page, int size) {
        Marking clearance = viewers.current().clearance();
        DocumentPage found = catalog.list(page, size, clearance);
        return new DocumentPage(
                found.total(),
                found.page(),
                found.size(),
                found.items().stream().map(item -> forReader(item, clearance)).toList());
    }

    private DocumentSummary forReader(DocumentSummary document, Marking clearance) {
        return markings.withholdsNames(document.handling(), clearance) ? document.withNamesWithheld() : document;
    }

    public int count(LibraryQuery query) {
        return matching(query).size();
    }

    public List<DocumentSummary> page(LibraryQuery query, int offset, int limit) {
        List<DocumentSummary> all = matching(query);
        return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
    }

    private List<DocumentSummary> matching(LibraryQuery query) {
        String text = query.text().toLowerCase(Locale.ROOT);
        List<DocumentSummary> found = new ArrayList<>();
        for (DocumentSummary document : all()) {
            if ((query.docType() == null || query.docType().equals(document.docType()))
                    && (query.outcome() == null || query.outcome().equals(document.outcome()))
                    && (text.isEmpty() || contains(document.title(), text) || contains(document.path(), text))) {
                found.add(document);
            }
        }
        Comparator<DocumentSummary> order = order(query.order());
        found.sort(query.descending() ? order.reversed() : order);
        return found;
    }

    private List<DocumentSummary> all() {
        Marking clearance = viewers.current().clearance();
        List<DocumentSummary> all = new ArrayList<>();
        DocumentPage page;
        int number = 0;
        do {
            page = catalog.list(number++, READ_PAGE, clearance);
            page.items().forEach(item -> all.add(forReader(item, clearance)));
        } while (all.size() < page.total() && !page.items().isEmpty());
        return all;
    }

    /** Sorted by the chosen column, then by path, so that equal values keep a stable order between pages. */
    private static Comparator<DocumentSummary> order(LibraryQuery.Order order) {
        Comparator<DocumentSummary> first =
                switch (order) {
                    case DATE ->
                        Comparator.comparing(DocumentSummary::date, Comparator.nullsFirst(Comparator.naturalOrder()));
                    case TITLE -> text(DocumentSummary::title);
                    case TYPE -> text(DocumentSummary::docType);
                    case LANGUAGE -> text(DocumentSummary::language);
                    case PASSAGES -> Comparator.comparingInt(DocumentSummary::passageCount);
                    case OUTCOME -> text(DocumentSummary::outcome);
                };
        return first.thenComparing(DocumentSummary::path);
    }

    private static Comparator<DocumentSummary> text(Function<DocumentSummary, String> field) {
        return Comparator.comparing(document ->
                field.apply(document) == null ? "" : field.apply(document).toLowerCase(Locale.ROOT));
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }
}
