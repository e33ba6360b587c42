package org.lessons.ingest.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells at a glance that a passage is written in the language of its document, by the short words every sentence
 * of that language is full of, so that the statistical language detector (two thirds of ingest time when asked
 * about every passage) is only asked about passages that might differ. Each list leaves out words the other
 * languages share ("de", "die", "des", "que", "la", "una", "con"), and a passage only counts as clear when its language's words are a
 * good share of all its words and outnumber each other language's by far, so a Dutch or Italian passage in an
 * English report is never taken for English: it goes to the detector.
 */
final class FunctionWords {

    /** Ordinary prose in these languages is 30 to 50 % function words; these distinctive ones alone, about 20 %. */
    private static final double MIN_SHARE = 0.12;

    private static final int MIN_HITS = 5;

    /** How many times more often the document's language must show than any other. */
    private static final int DOMINANCE = 5;

    private static final Map<String, Set<String>> WORDS = Map.of(
            "en",
            Set.of(
                    "the", "and", "of", "to", "that", "with", "for", "this", "which", "are", "were", "have", "has",
                    "been", "from", "by", "their", "they", "should", "would", "these", "those", "also", "into", "than",
                    "its", "it", "be", "or", "on", "not"),
            "fr",
            Set.of(
                    "le", "les", "du", "et", "est", "une", "pour", "dans", "qui", "sur", "avec", "sont", "au", "aux",
                    "ces", "cette", "pas", "ont", "été", "leur", "leurs", "elle", "nous"),
            "de",
            Set.of(
                    "der", "das", "und", "ist", "nicht", "mit", "dem", "ein", "eine", "für", "auf", "sich", "auch",
                    "wurde", "wird", "sind", "zur", "zum", "von", "bei", "im"),
            "es",
            Set.of(
                    "el", "los", "las", "y", "por", "para", "como", "más", "sus", "fue", "han", "este", "esta", "pero",
                    "muy", "también"));

    private FunctionWords() {}

    /** Whether the text is plainly in the language; false when unsure or when the language has no list here. */
    static boolean plainlyIn(String text, String language) {
        Set<String> own = WORDS.get(language);
        if (own == null) {
            return false;
        }
        Map<String, Integer> hits = new java.util.HashMap<>();
        int words = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            for (Map.Entry<String, Set<String>> list : WORDS.entrySet()) {
                if (list.getValue().contains(word)) {
                    hits.merge(list.getKey(), 1, Integer::sum);
                }
            }
        }
        int ownHits = hits.getOrDefault(language, 0);
        if (ownHits < MIN_HITS || ownHits < MIN_SHARE * words) {
            return false;
        }
        return hits.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(language))
                .allMatch(entry -> entry.getValue() * DOMINANCE <= ownHits);
    }
}
