package org.lessons.library.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.lessons.index.DocumentSummary;
import org.lessons.index.DocumentType;
import org.lessons.library.LibraryQuery;
import org.lessons.library.LibraryService;

/**
 * Every document with how its ingest ended, failures with their reason, so that a curator sees what the search
 * covers and what needs fixing. The grid loads lazily, a page at a time, as it scrolls.
 */
@Route("library")
@PageTitle("Library · Lessons")
@PermitAll
class LibraryView extends Div {

    private final LibraryService library;
    private final Grid<DocumentSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<DocumentType> type = new Select<>();
    private final Select<String> outcome = new Select<>();
    private final Span count = new Span();

    LibraryView(LibraryService library) {
        this.library = library;
        addClassName("library-view");
        text.setPlaceholder("Title or file name");
        text.setAriaLabel("Find documents by title or file name");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        type.setLabel("Type");
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(t -> t == null ? "All types" : t.label());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("All types");
        outcome.setLabel("Outcome");
        outcome.setItems("indexed", "failed");
        outcome.setItemLabelGenerator(o -> o == null ? "All" : o.equals("failed") ? "Failed" : "Indexed");
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption("All");
        outcome.setId("library-outcome");
        text.addValueChangeListener(change -> refresh());
        type.addValueChangeListener(change -> refresh());
        outcome.addValueChangeListener(change -> refresh());
        count.addClassName("library-count");
        count.getElement().setAttribute("role", "status");
        Div filters = new Div(text, type, outcome, count);
        filters.addClassName("library-filters");
        columns();
        grid.addClassName("library-grid");
        grid.setItems(
                query ->
                        library
                                .page(
                                        query(query.getSortOrders().stream().findFirst()),
                                        query.getOffset(),
                                        query.getLimit())
                                .stream(),
                query -> library.count(query(query.getSortOrders().stream().findFirst())));
        add(new H1("Library"), filters, grid);
        refresh();
    }

    private void columns() {
        grid.addComponentColumn(LibraryView::title)
                .setHeader("Title")
                .setKey("TITLE")
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(d -> DocumentType.fromValue(d.docType())
                        .map(DocumentType::label)
                        .orElse(d.docType()))
                .setHeader("Type")
                .setKey("TYPE")
                .setSortable(true);
        grid.addColumn(d -> d.date() == null ? "" : d.date().toString())
                .setHeader("Date")
                .setKey("DATE")
                .setSortable(true);
        grid.addColumn(DocumentSummary::language)
                .setHeader("Language")
                .setKey("LANGUAGE")
                .setSortable(true);
        grid.addColumn(DocumentSummary::passageCount)
                .setHeader("Passages")
                .setKey("PASSAGES")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(LibraryView::outcome)
                .setHeader("Outcome")
                .setKey("OUTCOME")
                .setSortable(true)
                .setFlexGrow(2);
    }

    private LibraryQuery query(Optional<QuerySortOrder> sort) {
        LibraryQuery.Order order =
                sort.map(s -> LibraryQuery.Order.valueOf(s.getSorted())).orElse(LibraryQuery.Order.DATE);
        boolean descending =
                sort.map(s -> s.getDirection() == SortDirection.DESCENDING).orElse(true);
        return new LibraryQuery(
                text.getValue(),
                Optional.ofNullable(type.getValue()).map(DocumentType::value).orElse(null),
                outcome.getValue(),
                order,
                descending);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        int documents = library.count(query(Optional.empty()));
        count.setText(documents == 1 ? "1 document" : documents + " documents");
    }

    private static Component title(DocumentSummary document) {
        if (document.failed()) {
            return new Span(document.path());
        }
        Anchor link = new Anchor("documents/" + document.id(), document.title());
        link.getElement().setAttribute("router-link", true);
        link.setTitle(document.path());
        return link;
    }

    private static Component outcome(DocumentSummary document) {
        if (!document.failed()) {
            Span indexed = new Span("Indexed");
            indexed.addClassNames("outcome", "outcome-indexed");
            return indexed;
        }
        Span reason = new Span("Failed: " + document.failureReason());
        reason.addClassNames("outcome", "outcome-failed");
        Span detail = new Span(document.failureDetail() == null ? "" : document.failureDetail());
        detail.addClassName("failure-detail");
        return new Div(reason, detail);
    }
}
