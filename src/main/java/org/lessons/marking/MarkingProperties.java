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
        @DefaultValue("TLP:AMBER") Marking attributionClearance) {}
