package org.lessons.marking;

import java.util.Objects;

/**
 * A document's handling and where its marking came from.
 *
 * @param source the source of the marking; the Chatham House flag may come from a source further down
 */
public record SourcedHandling(Handling handling, MarkingSource source) {

    public SourcedHandling {
        Objects.requireNonNull(handling, "handling");
        Objects.requireNonNull(source, "source");
    }
}
