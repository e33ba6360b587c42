package org.lessons.library.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.lessons.search.Hit;
import org.lessons.search.PassageAddress;
import org.lessons.search.SearchService;

/** Lessons like the selected passage from other documents and versions: where to read on. */
final class SimilarLessons extends Aside {

    private static final int SHOWN = 5;

    private final SearchService search;

    SimilarLessons(SearchService search) {
        this.search = search;
        addClassName("similar-lessons");
        getElement().setAttribute("aria-label", "Similar lessons");
    }

    void show(String passageId) {
        removeAll();
        add(new H2("Similar lessons"));
        List<Hit> hits =
                passageId == null ? List.of() : search.similar(passageId, SHOWN).orElse(List.of());
        if (passageId == null) {
            add(new Paragraph("Choose \u201cSimilar lessons\u201d under a passage to find lessons like it."));
        } else if (hits.isEmpty()) {
            add(new Paragraph("No other passage is much like this one."));
        }
        hits.forEach(hit -> add(card(hit)));
    }

    private static Div card(Hit hit) {
        Anchor title = new Anchor(PassageAddress.of(hit, null).path(), hit.title());
        title.getElement().setAttribute("router-link", true);
        // The snippet is HTML-escaped by the search service. Its marks are dropped: they show the words
        // more-like-this weighed, which mean nothing to a reader.
        String snippet = hit.snippet().replace("<mark>", "").replace("</mark>", "");
        Div card = new Div(title, new Html("<p class=\"similar-snippet\">" + snippet + "</p>"));
        card.addClassName("similar-card");
        return card;
    }
}
