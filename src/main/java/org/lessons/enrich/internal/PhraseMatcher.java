package org.lessons.enrich.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds vocabulary terms in a text. Terms are looked up by their first word (exact words in a hash map,
 * prefixes in a short list), then checked word by word, so a passage costs a few lookups per word whatever
 * the size of the vocabulary.
 */
public final class PhraseMatcher<T> {

    private final Map<String, List<Term<T>>> byFirstWord = new HashMap<>();
    private final List<Term<T>> byFirstPrefix = new ArrayList<>();

    public PhraseMatcher(List<Term<T>> terms) {
        for (Term<T> term : terms) {
            Term.Word first = term.words().get(0);
            if (first.prefix()) {
                byFirstPrefix.add(term);
            } else {
                byFirstWord
                        .computeIfAbsent(first.folded(), k -> new ArrayList<>())
                        .add(term);
            }
        }
    }

    /** Every occurrence of every term, in text order; overlapping matches are all reported. */
    public List<Match<T>> find(TokenizedText text) {
        List<Match<T>> matches = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String folded = text.get(i).folded();
            for (Term<T> term : byFirstWord.getOrDefault(folded, List.of())) {
                matchAt(text, i, term, matches);
            }
            for (Term<T> term : byFirstPrefix) {
                if (folded.startsWith(term.words().get(0).folded())) {
                    matchAt(text, i, term, matches);
                }
            }
        }
        return matches;
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
