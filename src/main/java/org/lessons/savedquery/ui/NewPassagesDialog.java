package org.lessons.savedquery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditLog;
import org.lessons.savedquery.SavedQuery;
import org.lessons.savedquery.SavedQueryService;
import org.lessons.search.Hit;
import org.lessons.search.PassageAddress;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchResult;

/** The passages of a saved query that are new to the user, each linked to its place in its document. */
class NewPassagesDialog extends Dialog {

    NewPassagesDialog(SavedQueryService savedQueries, AuditLog audit, SavedQuery query, String user) {
        setHeaderTitle("New in \u201c" + query.name() + "\u201d");
        setWidth("min(48rem, 95vw)");
        SearchRequest request = query.request();
        audit.record(AuditKind.SEARCH, query.describeRun(request, true));
        SearchResult result = savedQueries.results(query, request, true, user);
        if (result.total() == 0) {
            add(new Paragraph("Nothing new since you last opened it."));
        } else if (result.total() > result.hits().size()) {
            add(new Paragraph("The first " + result.hits().size() + " of " + result.total() + " new passages."));
        }
        for (Hit hit : result.hits()) {
            Div entry = new Div(
                    new Anchor(PassageAddress.of(hit, query.q()).path(), hit.title()),
                    new Span(hit.section() == null || hit.section().isBlank() ? "" : " \u2014 " + hit.section()),
                    new Paragraph(hit.text()));
            entry.addClassName("new-passage");
            add(entry);
        }
        getFooter().add(new Button("Close", click -> close()));
    }
}
