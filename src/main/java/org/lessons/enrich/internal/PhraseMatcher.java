package org.lessons.enrich.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds vocabulary terms in a text. Terms are looked up by their first word (exact words in one hash map,
 * prefixes in another, probed once per distinct prefix length), then checked word by word, so a passage costs a
 * few lookups per word whatever the size of the vocabulary. Scanning the prefix terms for every word instead
 * took most of the tagging time (docs/BENCHMARKS.md).
 */
public final class PhraseMatcher<T> {

    private final Map<String, List<Term<T>>> byFirstWord = new HashMap<>();
    /** Prefix terms by their first word's prefix, each with its place in the vocabulary to keep matches in order. */
    private final Map<String, PrefixGroup<T>> byFirstPrefix = new HashMap<>();
    /** The lengths of those prefixes, ascending: a word is looked up once per length instead of per prefix term. */
    private final int[] prefixLengths;

    public PhraseMatcher(List<Term<T>> terms) {
        Map<String, List<Ranked<T>>> prefixTerms = new HashMap<>();
        for (int rank = 0; rank < terms.size(); rank++) {
            Term<T> term = terms.get(rank);
            Term.Word first = term.words().get(0);
            if (first.prefix()) {
                prefixTerms
                        .computeIfAbsent(first.folded(), k -> new ArrayList<>())
                        .add(new Ranked<>(rank, term));
            } else {
                byFirstWord
                        .computeIfAbsent(first.folded(), k -> new ArrayList<>())
                        .add(term);
            }
        }
        prefixTerms.forEach((prefix, ranked) -> byFirstPrefix.put(prefix, PrefixGroup.of(ranked)));
        prefixLengths = byFirstPrefix.keySet().stream()
                .mapToInt(String::length)
                .distinct()
                .sorted()
                .toArray();
    }

    /** Every occurrence of every term, in text order; overlapping matches are all reported. */
    public List<Match<T>> find(TokenizedText text) {
        List<Match<T>> matches = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String folded = text.get(i).folded();
            for (Term<T> term : byFirstWord.getOrDefault(folded, List.of())) {
                matchAt(text, i, term, matches);
            }
            for (Term<T> term : prefixTermsOf(folded)) {
                matchAt(text, i, term, matches);
            }
        }
        return matches;
    }

    /**
     * The prefix terms whose first word begins the given word, in vocabulary order. Most words begin no prefix term
     * or one prefix, so those answers allocate nothing; tagging asks this for every word of every passage.
     */
    private List<Term<T>> prefixTermsOf(String folded) {
        PrefixGroup<T> only = null;
        List<Ranked<T>> several = null;
        for (int length : prefixLengths) {
            if (length > folded.length()) {
                break;
            }
            PrefixGroup<T> group = byFirstPrefix.get(folded.substring(0, length));
            if (group == null) {
                continue;
            }
            if (only == null) {
                only = group;
            } else {
                several = merged(several == null ? only.ranked() : several, group.ranked());
            }
        }
        if (several != null) {
            return several.stream().map(Ranked::term).toList();
        }
        return only == null ? List.of() : only.terms();
    }

    private static <T> List<Ranked<T>> merged(List<Ranked<T>> a, List<Ranked<T>> b) {
        List<Ranked<T>> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparingInt(Ranked::rank));
        return all;
    }

    private void matchAt(TokenizedText text, int start, Term<T> term, List<Match<T>> matches) {
        List<Term.Word> words = term.words();
        if (start + words.size() > text.size()) {
            return;
        }
        for (int w = 0; w < words.size(); w++) {
            if (!wordMatches(words.get(w), text.get(start + w), term.caseRule(), w == 0)) {
                return;
            }
        }
        matches.add(new Match<>(term, start, start + words.size() - 1, text.span(start, start + words.size() - 1)));
    }

    private static boolean wordMatches(Term.Word word, TokenizedText.Token token, Term.CaseRule rule, boolean first) {
        boolean folded = word.prefix()
                ? token.folded().startsWith(word.folded())
                : token.folded().equals(word.folded());
        if (!folded) {
            return false;
        }
        return switch (rule) {
            case IGNORE -> true;
            case CAPITALISED -> !first || token.capitalised();
            case EXACT ->
                word.prefix()
                        ? token.original().startsWith(word.original())
                        : token.original().equals(word.original());
        };
    }

    private record Ranked<T>(int rank, Term<T> term) {}

    /** The prefix terms of one prefix, ranked for merging with another prefix's, and as terms ready to hand out. */
    private record PrefixGroup<T>(List<Ranked<T>> ranked, List<Term<T>> terms) {
        static <T> PrefixGroup<T> of(List<Ranked<T>> ranked) {
            return new PrefixGroup<>(
                    List.copyOf(ranked), ranked.stream().map(Ranked::term).toList());
        }
    }

    /** A term found at tokens {@code first..last}, with the words as written in the text. */
    public record Match<T>(Term<T> term, int first, int last, String text) {
        public boolean overlaps(Match<?> other) {
            return first <= other.last && other.first <= last;
        }

        public int length() {
            return last - first + 1;
        }
    }
}
