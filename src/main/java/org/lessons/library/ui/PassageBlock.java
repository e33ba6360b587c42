package org.lessons.library.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import org.lessons.enrich.PassageTags;
import org.lessons.enrich.Tag;
import org.lessons.index.IndexedPassage;

/**
 * One passage in the reading view: its page, its text with the query's words marked, and its tags with the
 * words and the rule that gave each, so that a reader can judge a tag before trusting a filter built on it.
 */
final class PassageBlock extends Div {

    /**
     * @param highlighted the text HTML-escaped with matches marked, or null to show the plain text
     * @param similar what asking for lessons like this one does
     */
    PassageBlock(IndexedPassage passage, String highlighted, boolean selected, Runnable similar) {
        addClassName("passage");
        setId("passage-" + passage.id());
        getElement().setAttribute("tabindex", "-1");
        if (selected) {
            addClassName("selected");
            getElement().setAttribute("aria-current", "true");
        }
        if (passage.page() != null) {
            Span page = new Span("p. " + passage.page());
            page.addClassName("passage-page");
            add(page);
        }
        if (highlighted == null) {
            Paragraph text = new Paragraph(passage.text());
            text.addClassName("passage-text");
            add(text);
        } else {
            // escaped by the search service; the only markup is <mark>
            add(new Html("<p class=\"passage-text\">" + highlighted + "</p>"));
        }
        Div footer = new Div();
        footer.addClassName("passage-footer");
        List<Tag> tags = tags(passage.tags());
        if (!tags.isEmpty()) {
            footer.add(evidence(tags));
        }
        Button like = new Button("Similar lessons", click -> similar.run());
        like.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        like.addClassName("similar-button");
        footer.add(like);
        add(footer);
    }

    private static Details evidence(List<Tag> tags) {
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("tag-evidence");
        for (Tag tag : tags) {
            String why = tag.matched() == null || tag.matched().isBlank()
                    ? tag.rule()
                    : "\u201c" + tag.matched() + "\u201d \u2014 " + tag.rule();
            Span label = new Span(tag.label());
            label.addClassName("tag-label");
            reasons.add(new ListItem(label, new Span(" " + why)));
        }
        Details details = new Details(
                "Tags: " + String.join(", ", tags.stream().map(Tag::label).toList()), reasons);
        details.addClassName("passage-tags");
        return details;
    }

    private static List<Tag> tags(PassageTags tags) {
        List<Tag> all = new ArrayList<>();
        if (tags.kind() != null && !"default".equals(tags.kind().rule())) {
            all.add(tags.kind());
        }
        all.addAll(tags.tools());
        all.addAll(tags.stages());
        all.addAll(tags.countries());
        all.addAll(tags.regions());
        all.addAll(tags.organisations());
        return all;
    }
}
