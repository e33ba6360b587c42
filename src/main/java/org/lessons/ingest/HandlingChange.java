package org.lessons.ingest;

import org.lessons.marking.Handling;
import org.lessons.marking.SourcedHandling;

/** A document's handling before and after a curator changed it, for the answer and the audit log. */
public record HandlingChange(String documentId, Handling before, SourcedHandling after) {

    /** The change in words, for the audit log: {@code 1a2b…: TLP:GREEN -> TLP:AMBER, Chatham House no -> yes}. */
    public String describe() {
        Handling now = after.handling();
        return "%s: %s -> %s, Chatham House %s -> %s (%s)"
                .formatted(
                        documentId,
                        before.marking(),
                        now.marking(),
                        yesNo(before.chathamHouse()),
                        yesNo(now.chathamHouse()),
                        after.source().code());
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
