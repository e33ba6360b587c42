package org.lessons.enrich.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the longest of overlapping matches, so that "Papua New Guinea" is not also "Guinea" and "European
 * Commission against Racism" is not also the European Commission.
 */
final class Overlaps {

    private Overlaps() {}

    static <T> List<PhraseMatcher.Match<T>> longestFirst(List<PhraseMatcher.Match<T>> matches) {
        List<PhraseMatcher.Match<T>> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt((PhraseMatcher.Match<T> m) -> -m.length())
                .thenComparingInt(PhraseMatcher.Match::first));
        List<PhraseMatcher.Match<T>> kept = new ArrayList<>();
        for (PhraseMatcher.Match<T> match : sorted) {
            if (kept.stream().noneMatch(match::overlaps)) {
                kept.add(match);
            }
        }
        kept.sort(Comparator.comparingInt(PhraseMatcher.Match::first));
        return kept;
    }
}
