package org.lessons.search;

/**
 * A value of a facet dimension with the number of matching passages.
 *
 * @param value what a filter takes
 * @param label what a person reads
 * @param parent for a hierarchical dimension (tools), the value of the broader entry; null at the top
 */
public record FacetValue(String value, String label, long count, String parent) {}
