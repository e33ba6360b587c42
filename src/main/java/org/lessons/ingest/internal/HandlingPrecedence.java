package org.lessons.ingest.internal;

import java.util.Map;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;
import org.lessons.marking.MarkingSource;
import org.lessons.marking.SourcedHandling;

/**
 * Decides a document's handling from what its sources say, in the order of {@link MarkingSource}: a curator's
 * override, a sidecar file, the document's metadata, a marking line in its text, its folder's default, and last the
 * configured default. The marking and the Chatham House flag are decided apart, each by the first source that states
 * it, so that a sidecar saying only {@code chatham-house: true} keeps the marking the document's text gives it.
 * A document nothing marks as Chatham House is not.
 */
final class HandlingPrecedence {

    private HandlingPrecedence() {}

    /**
     * @param stated what each source says; a source that says nothing may be missing
     * @param configuredDefault {@code lessons.markings.default-marking}
     */
    static SourcedHandling decide(Map<MarkingSource, StatedHandling> stated, Marking configuredDefault) {
        Marking marking = configuredDefault;
        MarkingSource markingSource = MarkingSource.DEFAULT;
        Boolean chathamHouse = null;
        for (MarkingSource source : MarkingSource.values()) {
            StatedHandling statement = stated.getOrDefault(source, StatedHandling.NOTHING);
            if (markingSource == MarkingSource.DEFAULT && statement.marking() != null) {
                marking = statement.marking();
                markingSource = source;
            }
            if (chathamHouse == null) {
                chathamHouse = statement.chathamHouse();
            }
        }
        return new SourcedHandling(new Handling(marking, Boolean.TRUE.equals(chathamHouse)), markingSource);
    }
}
