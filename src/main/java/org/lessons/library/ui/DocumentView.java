package org.lessons.library.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.FileDownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditLog;
import org.lessons.index.DocumentDetail;
import org.lessons.index.IndexedPassage;
import org.lessons.ingest.DocumentHandlings;
import org.lessons.ingest.IngestService;
import org.lessons.library.LibraryService;
import org.lessons.search.InvalidSearchException;
import org.lessons.search.PassageAddress;
import org.lessons.search.PassageHighlighter;
import org.lessons.search.SearchService;

/**
 * A document to read and cite: its facts, its text by section with a table of contents, the words of the search
 * that led here marked, and the passage it was opened at scrolled into view. The address is
 * {@code documents/{documentId}?passage={passageId}&q={query}}; exports link to it, so it must keep that shape.
 */
@Route(PassageAddress.ROUTE)
@PermitAll
class DocumentView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final LibraryService library;
    private final IngestService ingest;
    private final PassageHighlighter highlighter;
    private final SimilarLessons similar;
    private final DocumentHandlings handlings;
    private final AuditLog audit;
    private String title = "Document";

    DocumentView(
            LibraryService library,
            IngestService ingest,
            DocumentHandlings handlings,
            PassageHighlighter highlighter,
            SearchService search,
            AuditLog audit) {
        this.library = library;
        this.ingest = ingest;
        this.handlings = handlings;
        this.highlighter = highlighter;
        this.similar = new SimilarLessons(search);
        this.audit = audit;
        addClassName("document-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String documentId) {
        DocumentDetail detail = library.document(documentId)
                .orElseThrow(() -> new NotFoundException("There is no document " + documentId + "."));
        audit.record(AuditKind.DOCUMENT_VIEW, documentId);
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        String passageId = first(parameters, "passage");
        String query = Optional.ofNullable(first(parameters, "q")).orElse("");
        title = detail.summary().title();
        removeAll();
        Button back = new Button(
                "Back",
                VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().getPage().getHistory().back());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClassName("back-button");
        H1 heading = new H1(title);
        heading.addClassName("document-title");
        Div header = new Div(back, heading, new DocumentFacts(detail));
        download(documentId).ifPresent(header::add);
        handlingEditor(documentId, event.getLocation().getPathWithQueryParameters())
                .ifPresent(header::add);
        header.addClassName("document-header");
        Sections sections = new Sections(detail.passages());
        Div text = text(detail, sections, highlights(documentId, query, header), passageId, query);
        similar.show(passageId);
        Div body = new Div(sections.contents(), text, similar);
        body.addClassName("document-body");
        add(header, body);
    }

    @Override
    public String getPageTitle() {
        return title + " · Lessons";
    }

    private Div text(
            DocumentDetail detail, Sections sections, Map<String, String> highlighted, String passageId, String query) {
        Div text = new Div();
        text.addClassName("document-text");
        text.getElement().setAttribute("role", "main");
        PassageBlock selected = null;
        for (IndexedPassage passage : detail.passages()) {
            sections.headingBefore(passage).ifPresent(text::add);
            boolean isSelected = passage.id().equals(passageId);
            PassageBlock block =
                    new PassageBlock(passage, highlighted.get(passage.id()), isSelected, () -> UI.getCurrent()
                            .navigate(new PassageAddress(detail.summary().id(), passage.id(), query).path()));
            text.add(block);
            if (isSelected) {
                selected = block;
            }
        }
        if (selected != null) {
            selected.scrollIntoView();
        }
        return text;
    }

    /** The query's words marked in each passage; a query a search would refuse is said so, and nothing is marked. */
    private Map<String, String> highlights(String documentId, String query, Div header) {
        try {
            return highlighter.highlight(documentId, query);
        } catch (InvalidSearchException refused) {
            Paragraph notice = new Paragraph("The words of your search are not marked: " + refused.getMessage());
            notice.addClassName("highlight-notice");
            header.add(notice);
            return Map.of();
        }
    }

    /** For curators and admins; after a change the screen is opened again, so that it shows the new marking. */
    private Optional<HandlingEditor> handlingEditor(String documentId, String location) {
        if (!handlings.mayChange()) {
            return Optional.empty();
        }
        return handlings
                .handling(documentId)
                .map(current -> new HandlingEditor(documentId, current, handlings, audit, () -> UI.getCurrent()
                        .navigate(location)));
    }

    private Optional<Anchor> download(String documentId) {
        return ingest.original(documentId).map(file -> {
            // recorded when the file is asked for, in the download's own request, not when the link is shown
            FileDownloadHandler recorded =
                    new FileDownloadHandler(file.content().toFile(), file.fileName()) {
                        @Override
                        public void handleDownloadRequest(DownloadEvent event) throws IOException {
                            audit.record(AuditKind.DOWNLOAD, documentId);
                            super.handleDownloadRequest(event);
                        }
                    };
            Anchor link = new Anchor(recorded, "Download the original (" + file.fileName() + ")");
            link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
            link.addClassName("download-original");
            link.setDownload(true);
            return link;
        });
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.get(0);
    }
}
