package org.lessons.marking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Markings policy ({@code lessons.markings.*}).
 *
 * @param defaultMarking the marking of a document that states none and sits in a folder without a default; GREEN
 *     because material shared in an expert meeting is for its community, not for the public, unless it says so
 * @param defaultClearance the clearance of a new user account when the administrator names none
 * @param attributionClearance users below this clearance do not see the names of people in documents held under
 *     the Chatham House rule
 */
@ConfigurationProperties("lessons.markings")
public record MarkingProperties(
        @DefaultValue("TLP:GREEN") Marking defaultMarking,
        @DefaultValue("TLP:GREEN") Marking defaultClearance,
        @DefaultValue("TLP:AMBER") Marking attributionClearance) {

    /**
     * Whether a reader with this clearance is shown the material without the names of people in it: the one rule
     * every read path of a Chatham House document asks.
     */
    public boolean withholdsNames(Handling handling, Marking clearance) {
        return handling.chathamHouse() && !showsNamesTo(clearance);
    }

    /** Whether a reader with this clearance sees the names of people in Chatham House documents. */
    public boolean showsNamesTo(Marking clearance) {
        return clearance.permits(attributionClearance);
    }
}
