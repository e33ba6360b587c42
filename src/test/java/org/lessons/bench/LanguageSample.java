package org.lessons.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What generated passages in one language borrow from the sample's paragraphs in that language. Kept apart per
 * language, so that a walk through the word pairs never wanders from French into English, and its paragraph count
 * is the language's share of the sample.
 *
 * @param paragraphLengths the number of words of every paragraph long enough to be a passage
 * @param followers each word (lower case) to the words that follow it in the sample, with repeats, so that a
 *     random pick keeps the sample's frequencies
 * @param frequencies how often each word (lower case) occurs in the sample
 */
record LanguageSample(
        List<Integer> paragraphLengths, Map<String, List<String>> followers, Map<String, Integer> frequencies) {

    /** Shorter paragraphs are headings or list fragments, which the splitter joins rather than indexes alone. */
    private static final int MIN_PASSAGE_WORDS = 8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*");

    /** How many of the sample's paragraphs in this language are long enough to be passages. */
    int passages() {
        return paragraphLengths.size();
    }

    /** Counts paragraphs as they are read, since the language of each is known only then. */
    static final class Builder {
        private final List<Integer> lengths = new ArrayList<>();
        private final Map<String, List<String>> followers = new HashMap<>();
        private final Map<String, Integer> frequencies = new HashMap<>();

        /** One string per spelling, so that the sample's tens of thousands of words cost little measured heap. */
        private final Map<String, String> spellings = new HashMap<>();

        void add(String paragraph) {
            List<String> words = words(paragraph);
            if (words.size() >= MIN_PASSAGE_WORDS) {
                lengths.add(words.size());
            }
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i).toLowerCase();
                frequencies.merge(word, 1, Integer::sum);
                if (i + 1 < words.size()) {
                    followers.computeIfAbsent(word, w -> new ArrayList<>()).add(words.get(i + 1));
                }
            }
        }

        LanguageSample build() {
            return new LanguageSample(List.copyOf(lengths), Map.copyOf(followers), Map.copyOf(frequencies));
        }

        private List<String> words(String paragraph) {
            List<String> words = new ArrayList<>();
            Matcher matcher = WORD.matcher(paragraph);
            while (matcher.find()) {
                words.add(spellings.computeIfAbsent(matcher.group(), word -> word));
            }
            return words;
        }
    }
}
