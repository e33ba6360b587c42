package org.lessons.ingest;

import org.lessons.marking.Marking;

/**
 * Thrown when a curator tries to change a document's handling beyond what their clearance allows. Like an
 * originator of classified material, a curator may mark only up to the level they hold: a higher marking is for
 * someone cleared for it to decide, and would hide the document from the curator who set it. Likewise only someone
 * cleared to read a Chatham House document's names may lift the rule that withholds them.
 */
public class MarkingAboveClearanceException extends RuntimeException {

    private MarkingAboveClearanceException(String message) {
        super(message);
    }

    /** A marking above the curator's clearance. */
    public static MarkingAboveClearanceException marking(Marking clearance, Marking requested) {
        return new MarkingAboveClearanceException(
                ("Your clearance is %s, so you may mark documents up to %s. Ask someone cleared for %s to mark this"
                                + " document %s.")
                        .formatted(clearance, clearance, requested, requested));
    }

    /** Lifting the Chatham House rule from names the curator is not cleared to read. */
    public static MarkingAboveClearanceException attribution(Marking clearance, Marking attributionClearance) {
        return new MarkingAboveClearanceException(
                ("Your clearance is %s, and the names in documents held under the Chatham House rule are for %s and"
                                + " above. Ask someone cleared for %s to lift the rule from this document.")
                        .formatted(clearance, attributionClearance, attributionClearance));
    }
}
