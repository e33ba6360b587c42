package org.lessons.enrich.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Common given names in the participating countries, bundled as {@code given-names.txt}: a capitalised word that
 * opens a run of names and is one of them marks the run as a person. Names that are also countries, months or
 * ordinary words (Jordan, Georgia, June, Will, Grace) are left out of the list on purpose.
 */
final class GivenNames {

    private static final Set<String> NAMES = load();

    private GivenNames() {}

    static boolean contains(String word) {
        return NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream in = GivenNames.class.getResourceAsStream("given-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("given-names.txt is missing from the enrich module");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .flatMap(line -> java.util.Arrays.stream(line.split("[ ,]+")))
                    .map(name -> name.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("given-names.txt could not be read", e);
        }
    }
}
