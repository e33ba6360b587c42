package org.lessons.search;

/**
 * A type-ahead proposal.
 *
 * @param text the words to show, as the user might type them
 * @param label the canonical name, for vocabulary entries ("Asset freezing" for "gel des avoirs")
 * @param dimension the facet dimension a vocabulary entry filters, or null for a plain word
 * @param value the filter value, or null for a plain word
 * @param count passages that hold it
 */
public record Suggestion(String text, String label, String dimension, String value, long count) {}
