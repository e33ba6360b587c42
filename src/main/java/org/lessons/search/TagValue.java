package org.lessons.search;

/** A tag of a hit: the value a filter takes and its label. */
public record TagValue(String value, String label) {}
