package org.lessons.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a text names people, as character ranges. Held apart from the text so that one stored text serves every
 * reader: a reader cleared for attribution sees it whole, anyone else sees each range replaced by
 * {@link #PLACEHOLDER}, and the index can leave the ranges out of what a search matches without moving any other
 * word (so highlight offsets stay true).
 *
 * @param spans sorted, non-overlapping ranges
 */
public record NameSpans(List<Span> spans) {

    /** What a reader sees where a name was withheld: visible, so that nobody mistakes the text for complete. */
    public static final String PLACEHOLDER = "[name withheld]";

    public static final NameSpans NONE = new NameSpans(List.of());

    public NameSpans {
        spans = merged(spans);
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** The text with each name replaced by {@link #PLACEHOLDER}. */
    public String withheld(String text) {
        if (spans.isEmpty() || text == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Span span : spans) {
            int start = Math.min(span.start(), text.length());
            out.append(text, at, Math.max(at, start)).append(PLACEHOLDER);
            at = Math.max(at, Math.min(span.end(), text.length()));
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * The text with each name replaced by as many spaces: what the index analyses, so that a name is never a term
     * a search can match or a suggestion can propose, while every other word keeps its offsets.
     */
    public String blanked(String text) {
        if (spans.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (Span span : spans) {
            for (int i = span.start(); i < Math.min(span.end(), chars.length); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** The ranges as stored in the index: {@code start-end} pairs separated by commas. */
    public String encode() {
        return String.join(
                ",", spans.stream().map(s -> s.start() + "-" + s.end()).toList());
    }

    public static NameSpans decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        List<Span> spans = new ArrayList<>();
        for (String pair : stored.split(",")) {
            int dash = pair.indexOf('-');
            spans.add(new Span(Integer.parseInt(pair.substring(0, dash)), Integer.parseInt(pair.substring(dash + 1))));
        }
        return new NameSpans(spans);
    }

    private static List<Span> merged(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return List.copyOf(merged);
    }

    /** One name: {@code [start, end)} in the text. */
    public record Span(int start, int end) {

        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("A name span needs 0 <= start < end, not " + start + "-" + end);
            }
        }
    }
}
