package org.lessons.enrich;

/**
 * A tag of a passage with its evidence, so that a curator can see why it is there.
 *
 * @param value what a filter takes: a concept id, an ISO country code, an organisation id or a kind
 * @param label what a person reads
 * @param matched the words in the passage that triggered the tag
 * @param rule the vocabulary entry or rule that matched, for example "trigger 'asset freez*' (en)"
 */
public record Tag(String value, String label, String matched, String rule) {}
