package org.lessons.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.lessons.marking.ui.MarkingBadge;
import org.lessons.search.Hit;
import org.lessons.search.PassageAddress;
import org.lessons.search.TagValue;

/**
 * One result: the document it comes from (a link that opens it at this passage), its marking, the kind of lesson,
 * the highlighted snippet, where in the document it stands, and its tools and countries as chips that narrow the
 * search to them.
 */
final class HitCard extends Div {

    HitCard(Hit hit, SearchState state, Consumer<SearchState> go) {
        addClassName("hit-card");
        getElement().setAttribute("role", "article");
        Anchor title = new Anchor(PassageAddress.of(hit, state.query()).path(), hit.title());
        // handled by the client-side router, like a RouterLink: no page reload, and the back button returns here
        title.getElement().setAttribute("router-link", true);
        H3 heading = new H3(title);
        heading.addClassName("hit-title");
        Div badges = new Div(new MarkingBadge(hit.marking()));
        badges.addClassName("hit-badges");
        if (hit.kind() != null) {
            Span kind = new Span(hit.kind().label());
            kind.addClassNames("kind-badge", "kind-" + hit.kind().value());
            badges.add(kind);
        }
        Div header = new Div(heading, badges);
        header.addClassName("hit-header");
        Span source = new Span(source(hit));
        source.addClassName("hit-source");
        add(header, source, snippet(hit), tags(hit, state, go));
        if (hit.documentMatches() != null) {
            add(more(hit));
        }
    }

    private static Html snippet(Hit hit) {
        // The snippet is HTML-escaped by the search service; the only markup in it is <mark>.
        return new Html("<p class=\"hit-snippet\">" + hit.snippet() + "</p>");
    }

    private static Div tags(Hit hit, SearchState state, Consumer<SearchState> go) {
        Div tags = new Div();
        tags.addClassName("hit-tags");
        hit.tools().forEach(tool -> tags.add(chip("tool", "Tool", tool, state, go)));
        hit.countries().forEach(country -> tags.add(chip("country", "Country", country, state, go)));
        return tags;
    }

    private static Button chip(
            String dimension, String name, TagValue tag, SearchState state, Consumer<SearchState> go) {
        Button chip = new Button(tag.label());
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        chip.addClassNames("tag-chip", "tag-" + dimension);
        chip.setAriaLabel("Filter by " + name.toLowerCase(Locale.ROOT) + " " + tag.label());
        chip.setTooltipText(name + ": show only passages about " + tag.label());
        chip.setEnabled(!state.isSelected(dimension, tag.value()));
        chip.addClickListener(click -> go.accept(state.withFilter(dimension, tag.value(), true)));
        return chip;
    }

    /** When grouped by document: how many of its passages matched, and its next best ones. */
    private static Div more(Hit hit) {
        Div more = new Div();
        more.addClassName("hit-more");
        int others = hit.documentMatches() - 1;
        if (others > 0) {
            more.add(new Span(
                    others == 1
                            ? "1 more passage of this document matches"
                            : others + " more passages of this document match"));
        }
        hit.moreFromDocument().forEach(passage -> {
            Div line = new Div(new Span(source(passage)), snippet(passage));
            line.addClassName("hit-more-passage");
            more.add(line);
        });
        return more;
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
