package org.lessons.ingest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessons.marking.Marking;

/**
 * What a file's content says about its own handling: its metadata (a custom or document-information property named
 * {@code TLP}, {@code marking} or {@code classification}, or {@code chatham-house}, as Tika reports it, such as
 * {@code custom:TLP} for Word and OpenDocument or {@code pdf:docinfo:custom:TLP} for PDF), and its text near the
 * top: a line that is just a marking ({@code TLP:AMBER}, {@code Marking: TLP:AMBER}) or a short line naming the
 * Chatham House rule. Only the first blocks are read, up to about a thousand characters, so that a report quoting a
 * marking further down is not taken for its own. A value that is not a TLP marking is not one: the property
 * {@code classification: internal} says nothing Lessons can enforce.
 */
record ContentStatements(StatedHandling metadata, StatedHandling text) {

    static final ContentStatements NONE = new ContentStatements(StatedHandling.NOTHING, StatedHandling.NOTHING);

    private static final int TOP_BLOCKS = 5;
    private static final int TOP_CHARS = 1000;
    private static final int CHATHAM_LINE_CHARS = 100;
    private static final List<String> MARKING_KEYS = List.of("tlp", "marking", "classification", "tlpmarking");
    private static final List<String> CHATHAM_KEYS = List.of("chathamhouse", "chathamhouserule");
    private static final Pattern MARKING_LINE = Pattern.compile(
            "^[\\W_]*(?:(?:marking|classification|tlp)\\s*:\\s*)?(TLP\\s*:\\s*(?:CLEAR|WHITE|GREEN|AMBER\\s*\\+\\s*STRICT"
                    + "|AMBER|RED))[\\W_]*$",
            Pattern.CASE_INSENSITIVE);

    static ContentStatements read(Map<String, List<String>> metadata, List<RawBlock> blocks) {
        return new ContentStatements(fromMetadata(metadata), fromText(blocks));
    }

    static StatedHandling fromMetadata(Map<String, List<String>> metadata) {
        StatedHandling stated = StatedHandling.NOTHING;
        for (Map.Entry<String, List<String>> entry : metadata.entrySet()) {
            String key = propertyName(entry.getKey());
            for (String value : entry.getValue()) {
                if (MARKING_KEYS.contains(key)) {
                    stated = stated.and(new StatedHandling(marking(value).orElse(null), null));
                } else if (CHATHAM_KEYS.contains(key) && value != null) {
                    stated = stated.and(new StatedHandling(null, yes(value)));
                }
            }
        }
        return stated;
    }

    static StatedHandling fromText(List<RawBlock> blocks) {
        StatedHandling stated = StatedHandling.NOTHING;
        int read = 0;
        for (int i = 0; i < Math.min(TOP_BLOCKS, blocks.size()) && read < TOP_CHARS; i++) {
            String text = blocks.get(i).text();
            read += text.length();
            for (String line : text.split("\\R")) {
                String stripped = line.strip();
                Matcher marking = MARKING_LINE.matcher(stripped);
                if (marking.matches()) {
                    stated = stated.and(new StatedHandling(Marking.parse(marking.group(1)), null));
                } else if (stripped.length() <= CHATHAM_LINE_CHARS
                        && stripped.toLowerCase(Locale.ROOT).contains("chatham house rule")) {
                    stated = stated.and(new StatedHandling(null, true));
                }
            }
        }
        return stated;
    }

    /** {@code custom:TLP Marking} and {@code pdf:docinfo:custom:tlp-marking} both become {@code tlpmarking}. */
    private static String propertyName(String key) {
        return key.substring(key.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static Optional<Marking> marking(String value) {
        try {
            return Optional.of(Marking.parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Only a plain "no" lifts the rule: a value in another language ("ja", "oui") or a typing slip in a property
     * named for the Chatham House rule was meant to apply it, and outranks the text and the folder, so it fails
     * closed.
     */
    private static Boolean yes(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return !(lower.equals("false") || lower.equals("no") || lower.equals("none") || lower.equals("0"));
    }
}
