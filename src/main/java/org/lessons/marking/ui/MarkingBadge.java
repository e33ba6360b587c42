package org.lessons.marking.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.lessons.marking.Marking;

/**
 * A marking as TLP 2.0 asks for it to be shown: its label in capitals, in the marking's colour on black (the
 * theme's {@code marking-badge} classes), so that whoever quotes a passage sees how far it may travel.
 */
public final class MarkingBadge extends Span {

    public MarkingBadge(Marking marking) {
        super(marking.label());
        addClassNames(
                "marking-badge",
                "marking-" + marking.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        getElement().setAttribute("title", "Marked " + marking.label() + ": " + meaning(marking));
    }

    private static String meaning(Marking marking) {
        return switch (marking) {
            case CLEAR -> "no limit on disclosure";
            case GREEN -> "for the community, not for the public";
            case AMBER -> "for the recipients' organisations and their clients, on a need-to-know basis";
            case AMBER_STRICT -> "for the recipients' organisations only";
            case RED -> "for the named recipients only";
        };
    }
}
