package org.lessons.marking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How far a document may travel, in the Traffic Light Protocol 2.0 practitioners already stamp on their notes.
 * The same scale is a user's clearance: the most restricted marking that user may see. The order of the constants
 * is the order of restriction, from public to named recipients only.
 */
public enum Marking {
    CLEAR("TLP:CLEAR"),
    GREEN("TLP:GREEN"),
    AMBER("TLP:AMBER"),
    AMBER_STRICT("TLP:AMBER+STRICT"),
    RED("TLP:RED");

    private final String label;

    Marking(String label) {
        this.label = label;
    }

    /** The marking as written on documents and in the API, such as {@code TLP:AMBER+STRICT}. */
    @JsonValue
    public String label() {
        return label;
    }

    /**
     * Reads a marking as people write it: {@code TLP:AMBER}, {@code tlp: amber}, {@code AMBER+STRICT}, or the
     * TLP 1.0 name {@code TLP:WHITE} for CLEAR.
     *
     * @throws IllegalArgumentException naming the accepted markings, when the text is none of them
     */
    @JsonCreator
    public static Marking parse(String text) {
        if (text != null) {
            String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
            key = key.startsWith("TLP:") ? key.substring(4) : key;
            key = key.equals("WHITE") ? "CLEAR" : key.replace('+', '_');
            for (Marking marking : values()) {
                if (marking.name().equals(key)) {
                    return marking;
                }
            }
        }
        throw new IllegalArgumentException("Unknown marking '" + text + "'; use one of " + labels() + ".");
    }

    /** All markings in order of restriction, comma-separated, for messages. */
    public static String labels() {
        return Arrays.stream(values()).map(Marking::label).collect(Collectors.joining(", "));
    }

    /** Whether a user with this clearance may see material with the given marking. */
    public boolean permits(Marking marking) {
        return marking.ordinal() <= ordinal();
    }

    /** The markings a user with this clearance may see, from CLEAR up to this one. */
    public List<Marking> visible() {
        return Arrays.stream(values()).filter(this::permits).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
