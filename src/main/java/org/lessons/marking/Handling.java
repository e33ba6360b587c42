package org.lessons.marking;

import java.util.Objects;

/**
 * How a document must be handled: how far it may travel, and whether what was said in it may be attributed to
 * anyone. Meetings on terrorism cases often run under the Chatham House rule: the information may be used, but
 * neither the identity nor the affiliation of the speakers may be revealed.
 *
 * @param marking who may see the document at all
 * @param chathamHouse whether names of people in it are withheld from users below the attribution clearance
 */
public record Handling(Marking marking, boolean chathamHouse) {

    public Handling {
        Objects.requireNonNull(marking, "marking");
    }

    public static Handling of(Marking marking) {
        return new Handling(marking, false);
    }
}
