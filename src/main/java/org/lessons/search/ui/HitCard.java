package org.lessons.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.StringJoiner;
import org.lessons.search.Hit;

/** One result: the passage's snippet, and the source a practitioner cites. */
final class HitCard extends Div {

    HitCard(Hit hit) {
        addClassName("hit-card");
        H3 title = new H3(hit.title());
        title.addClassName("hit-title");
        Span source = new Span(source(hit));
        source.addClassName("hit-source");
        // The snippet is HTML-escaped by the search service; the only markup in it is <mark>.
        Html snippet = new Html("<p class=\"hit-snippet\">" + hit.snippet() + "</p>");
        add(title, source, snippet);
    }

    private static String source(Hit hit) {
        StringJoiner parts = new StringJoiner(" · ");
        if (!hit.section().isBlank()) {
            parts.add(hit.section());
        }
        if (hit.page() != null) {
            parts.add("p. " + hit.page());
        }
        if (hit.date() != null) {
            parts.add(hit.date().toString());
        }
        return parts.toString();
    }
}
