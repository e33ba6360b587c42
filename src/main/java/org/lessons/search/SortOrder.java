package org.lessons.search;

import java.util.Arrays;
import java.util.Locale;

/**
 * How hits are ordered: best match first, by document date, or most recently added to Lessons first (what a
 * feed of new material needs). Ties fall back to the passage id.
 */
public enum SortOrder {
    RELEVANCE,
    NEWEST,
    OLDEST,
    ADDED;

    /** Parses "relevance", "newest", "oldest" or "added", case-insensitively. */
    public static SortOrder parse(String value) {
        if (value == null || value.isBlank()) {
            return RELEVANCE;
        }
        return Arrays.stream(values())
                .filter(order -> order.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidSearchException(
                        "Unknown sort '" + value + "'; use relevance, newest, oldest or added."));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
