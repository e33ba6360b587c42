package org.lessons.ingest.internal;

import org.lessons.marking.Marking;

/**
 * What one source says about a document's handling. Either part may be missing: a sidecar may only say that the
 * Chatham House rule applies, and leave the marking to the document's own text.
 *
 * @param marking null when the source names none
 * @param chathamHouse null when the source does not say
 */
record StatedHandling(Marking marking, Boolean chathamHouse) {

    static final StatedHandling NOTHING = new StatedHandling(null, null);

    /** How a document is held when a source that was meant to mark it cannot be read: as tightly as Lessons can. */
    static final StatedHandling MOST_RESTRICTIVE = new StatedHandling(Marking.RED, true);

    boolean statesNothing() {
        return marking == null && chathamHouse == null;
    }

    /** Both statements together; of two markings the more restricted one, since neither may be ignored. */
    StatedHandling and(StatedHandling other) {
        Marking combined = marking == null
                ? other.marking
                : other.marking == null || marking.compareTo(other.marking) >= 0 ? marking : other.marking;
        return new StatedHandling(combined, eitherApplies(chathamHouse, other.chathamHouse));
    }

    private static Boolean eitherApplies(Boolean one, Boolean other) {
        if (one == null) {
            return other;
        }
        if (other == null) {
            return one;
        }
        return one || other;
    }
}
