package org.lessons.library.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lessons.index.IndexedPassage;

/**
 * The sections of a document, from its passages: a heading where a new section starts, and the table of contents
 * that jumps to each. A section that recurs after another starts again, as it does in the document.
 */
final class Sections {

    private final Map<String, H2> headings = new HashMap<>();
    private final Nav contents = new Nav();

    Sections(List<IndexedPassage> passages) {
        contents.addClassName("table-of-contents");
        contents.getElement().setAttribute("aria-label", "Contents");
        String current = null;
        for (IndexedPassage passage : passages) {
            if (!passage.section().equals(current)) {
                current = passage.section();
                H2 heading = new H2(current.isBlank() ? "Opening" : current);
                heading.addClassName("section-heading");
                heading.setId("section-" + headings.size());
                heading.getElement().setAttribute("tabindex", "-1");
                headings.put(passage.id(), heading);
                Button jump = new Button(heading.getText(), click -> heading.scrollIntoView());
                jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                jump.addClassName("contents-entry");
                contents.add(jump);
            }
        }
    }

    Nav contents() {
        return contents;
    }

    /** The heading to show before this passage, when a section starts with it. */
    Optional<H2> headingBefore(IndexedPassage passage) {
        return Optional.ofNullable(headings.get(passage.id()));
    }
}
