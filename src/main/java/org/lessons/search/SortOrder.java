package org.lessons.search;

import java.util.Arrays;
import java.util.Locale;

/** How hits are ordered: best match first, or by document date. Ties fall back to the passage id. */
public enum SortOrder {
    RELEVANCE,
    NEWEST,
    OLDEST;

    /** Parses "relevance", "newest" or "oldest", case-insensitively. */
    public static SortOrder parse(String value) {
        if (value == null || value.isBlank()) {
            return RELEVANCE;
        }
        return Arrays.stream(values())
                .filter(order -> order.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() ->
                        new InvalidSearchException("Unknown sort '" + value + "'; use relevance, newest or oldest."));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
