package org.lessons.enrich.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into words, each with its original spelling, a folded form (lower case, no accents, "ß" as
 * "ss") and its offsets. Matching runs on folded words so that "réinsertion" and "reinsertion" meet, while the
 * original is kept for case-sensitive terms and for showing evidence.
 */
public final class TokenizedText {

    private final String text;
    private final List<Token> tokens = new ArrayList<>();

    public TokenizedText(String text) {
        this.text = text;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String original = text.substring(start, i);
            tokens.add(new Token(original, fold(original), start, i));
        }
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int index) {
        return tokens.get(index);
    }

    /** The original text from the first to the last token of a match. */
    public String span(int first, int last) {
        return text.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    /** The characters between two adjacent tokens, to tell "Georgia, USA" from "Georgia USA". */
    public String gapAfter(int index) {
        int end = tokens.get(index).end();
        int next = index + 1 < tokens.size() ? tokens.get(index + 1).start() : text.length();
        return text.substring(end, next);
    }

    /** Lower case, accents removed, German sharp s spelled out: the form all matching compares. */
    public static String fold(String word) {
        if (isAscii(word)) {
            // nothing to decompose or strip: the common case, and Normalizer plus a regex per word is costly
            return word.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(word.replace("ß", "ss"), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** One word of the text. */
    public record Token(String original, String folded, int start, int end) {
        public boolean capitalised() {
            return !original.isEmpty() && Character.isUpperCase(original.codePointAt(0));
        }
    }
}
