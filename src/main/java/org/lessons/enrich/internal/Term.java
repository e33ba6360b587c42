package org.lessons.enrich.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A vocabulary term compiled for matching: its words, each exact or a prefix ("freez*"), and how letter case
 * counts. Case matters for acronyms that are also words ("=RAN" is not "ran") and for proper names, which
 * are only recognised when capitalised ("China", not "china").
 *
 * @param payload what a match of this term means, for example a concept id
 * @param source the term as written in the vocabulary, for evidence
 */
public record Term<T>(List<Word> words, CaseRule caseRule, T payload, String source) {

    /** How a term's letter case must agree with the text. */
    public enum CaseRule {
        IGNORE,
        /** The first word must start with a capital letter in the text. */
        CAPITALISED,
        /** Every word must be spelled exactly as in the term. */
        EXACT
    }

    /** One word of a term: folded spelling, original spelling, and whether it is a prefix. */
    public record Word(String folded, String original, boolean prefix) {}

    /**
     * Compiles a term as written in a vocabulary file: words separated by spaces or punctuation, a trailing
     * {@code *} for a prefix, and a leading {@code =} for exact case.
     */
    public static <T> Term<T> compile(String written, CaseRule defaultRule, T payload) {
        String text = written.strip();
        CaseRule rule = defaultRule;
        if (text.startsWith("=")) {
            rule = CaseRule.EXACT;
            text = text.substring(1);
        }
        List<Word> words = new ArrayList<>();
        for (TokenizedText.Token token : new TokenizedText(text.replace("*", "\u0001")).tokens()) {
            words.add(new Word(token.folded(), token.original(), false));
        }
        // a '*' is not a letter, so it ends up between tokens; mark the token it follows as a prefix
        List<Word> marked = new ArrayList<>();
        int search = 0;
        for (Word word : words) {
            int at = text.indexOf(word.original(), search);
            search = at + word.original().length();
            boolean prefix = search < text.length() && text.charAt(search) == '*';
            marked.add(new Word(word.folded(), word.original(), prefix));
        }
        if (marked.isEmpty()) {
            throw new IllegalArgumentException("The vocabulary term '" + written + "' has no words");
        }
        return new Term<>(List.copyOf(marked), rule, payload, written.strip());
    }
}
