package org.lessons.ingest.internal;

import java.util.Locale;
import org.lessons.marking.Marking;

/**
 * Reads a marking file: a sidecar {@code <document name>.marking} next to a document, or a folder's {@code .marking}.
 * It holds {@code key: value} lines, {@code marking: TLP:AMBER} and {@code chatham-house: true}; a bare
 * {@code TLP:AMBER} line is read as the marking, and blank lines and {@code #} comments are skipped. Anything else
 * is refused with the line and what to write instead, since a typing error must not quietly leave a document
 * marked less tightly than its curator meant.
 */
final class MarkingFile {

    private MarkingFile() {}

    /**
     * @throws IllegalArgumentException saying which line is wrong and what is accepted, also for a file that states
     *     nothing or states two different markings
     */
    static StatedHandling parse(String content) {
        StatedHandling stated = StatedHandling.NOTHING;
        String[] lines = content.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            StatedHandling statement = line(line, i + 1);
            if (stated.marking() != null && statement.marking() != null && stated.marking() != statement.marking()) {
                throw new IllegalArgumentException("line %d names %s after %s; a marking file names one marking."
                        .formatted(i + 1, statement.marking(), stated.marking()));
            }
            stated = stated.and(statement);
        }
        if (stated.statesNothing()) {
            throw new IllegalArgumentException("it states no marking; write a line such as 'marking: TLP:AMBER'.");
        }
        return stated;
    }

    private static StatedHandling line(String line, int number) {
        // a bare "TLP:AMBER" reads as the key "tlp" with the value "AMBER", as "tlp: TLP:AMBER" does
        int colon = line.indexOf(':');
        String key = colon < 0 ? line : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = colon < 0 ? "" : line.substring(colon + 1).strip();
        return switch (key) {
            case "marking", "tlp" -> new StatedHandling(marking(value, number), null);
            case "chatham-house", "chatham house" -> new StatedHandling(null, yesOrNo(value, number));
            default ->
                throw new IllegalArgumentException(
                        "line %d ('%s') is not understood; write 'marking: TLP:AMBER' or 'chatham-house: true'."
                                .formatted(number, abbreviated(line)));
        };
    }

    private static Marking marking(String value, int number) {
        try {
            return Marking.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line %d: %s".formatted(number, e.getMessage()), e);
        }
    }

    private static boolean yesOrNo(String value, int number) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default ->
                throw new IllegalArgumentException(
                        "line %d: chatham-house is '%s'; write true or false.".formatted(number, abbreviated(value)));
        };
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
