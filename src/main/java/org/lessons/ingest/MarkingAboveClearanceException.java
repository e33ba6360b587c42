package org.lessons.ingest;

import org.lessons.marking.Marking;

/**
 * Thrown when a curator tries to mark a document above their own clearance. Like an originator of classified
 * material, a curator may mark only up to the level they hold: a higher marking is for someone cleared for it to
 * decide, and would hide the document from the curator who set it.
 */
public class MarkingAboveClearanceException extends RuntimeException {

    public MarkingAboveClearanceException(Marking clearance, Marking requested) {
        super(("Your clearance is %s, so you may mark documents up to %s. Ask someone cleared for %s to mark this"
                        + " document %s.")
                .formatted(clearance, clearance, requested, requested));
    }
}
