package org.lessons.enrich.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capitalised words that are not names of people, in the corpus's languages, bundled as {@code not-names.txt}: words
 * of institutions ("Court", "Service", "Call"), which make the whole run an institution; titles and function words,
 * which are trimmed from the front of a run; and the roles that minutes use as speaker labels ("Chair:").
 */
final class NotNames {

    private static final Map<String, Set<String>> LISTS = load();
    private static final Set<String> INSTITUTION = LISTS.get("institution");
    private static final Set<String> LEADING = LISTS.get("leading");
    private static final Set<String> ROLES = LISTS.get("roles");

    private static final Pattern NEXT_WORD = Pattern.compile("\\G[ \\t\\u00A0]+(?:of[ \\t]+|for[ \\t]+)?([\\p{L}-]+)");

    private NotNames() {}

    static boolean isInstitution(String word) {
        return INSTITUTION.contains(key(word));
    }

    static boolean isLeading(String word) {
        return LEADING.contains(key(word));
    }

    static boolean isRole(String word) {
        return ROLES.contains(key(word));
    }

    /** "Anna Lindh Foundation", "Nelson Mandela Rules": a name that belongs to an institution or instrument. */
    static boolean followedByInstitution(String text, int end) {
        Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
        return next.find()
                && (isInstitution(next.group(1)) || key(next.group(1)).equals("rules"));
    }

    private static String key(String word) {
        String stripped = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return stripped.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Set<String>> load() {
        try (InputStream in = NotNames.class.getResourceAsStream("not-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("not-names.txt is missing from the enrich module");
            }
            Map<String, Set<String>> lists = new HashMap<>();
            Set<String> current = null;
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .toList()) {
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = lists.computeIfAbsent(line.substring(1, line.length() - 1), k -> new HashSet<>());
                } else if (current != null && !line.isEmpty() && !line.startsWith("#")) {
                    for (String word : line.split("\\s+")) {
                        current.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return Map.copyOf(lists);
        } catch (IOException e) {
            throw new UncheckedIOException("not-names.txt could not be read", e);
        }
    }
}
