package org.lessons.search.internal;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonFields;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": replaces each plain word of a query that no passage contains by the closest word that
 * passages do contain ("rehabilitaion" becomes "rehabilitation"). Words in quotes, field filters and
 * wildcards are left as typed. Only passages the viewer may see count, both for whether a word is known and for
 * the words proposed: the index's vocabulary and frequencies include hidden passages, and a word found only there
 * is neither known nor proposed.
 */
@Component
public class SpellingSuggester {

    /** Close words weighed per unknown word, so that hidden ones cannot crowd out every visible one. */
    private static final int CANDIDATES = 20;

    private final LanguageAnalyzers analyzers;

    public SpellingSuggester(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    private static final Pattern PLAIN_WORD = Pattern.compile("(?<![\\w:*?~\"])(\\p{L}{4,})(?![\\w:*?~])");

    /** The corrected query, or null when every word is known or nothing close enough is known. */
    public String suggest(IndexSearcher searcher, String query, Visibility visibility) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        // Lucene's checker skips words frequent in the whole index; whether a word is known is decided here instead
        checker.setMaxQueryFrequency(Integer.MAX_VALUE);
        Matcher matcher = PLAIN_WORD.matcher(query);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        while (matcher.find()) {
            String word = matcher.group(1);
            String replacement = word;
            if (!isInsideQuotes(query, matcher.start())
                    && !word.equals("AND")
                    && !word.equals("OR")
                    && !word.equals("NOT")) {
                Term term = new Term(LessonFields.WORDS, analyzers.fallback().normalize(LessonFields.WORDS, word));
                if (visibility.count(searcher, term) == 0) {
                    String closest = closest(checker, term, searcher, visibility);
                    if (closest != null) {
                        replacement = closest;
                        changed = true;
                    }
                }
            }
            matcher.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(corrected);
        return changed ? corrected.toString() : null;
    }

    /** The closest word the viewer's passages hold, the more frequent there first among equally close ones. */
    private static String closest(DirectSpellChecker checker, Term term, IndexSearcher searcher, Visibility visibility)
            throws IOException {
        SuggestWord[] candidates =
                checker.suggestSimilar(term, CANDIDATES, searcher.getIndexReader(), SuggestMode.SUGGEST_ALWAYS);
        String best = null;
        float bestScore = 0;
        int bestCount = 0;
        for (SuggestWord candidate : candidates) {
            int count = visibility.count(searcher, new Term(LessonFields.WORDS, candidate.string));
            if (count > 0
                    && (best == null
                            || candidate.score > bestScore
                            || (candidate.score == bestScore && count > bestCount))) {
                best = candidate.string;
                bestScore = candidate.score;
                bestCount = count;
            }
        }
        return best;
    }

    private static boolean isInsideQuotes(String query, int position) {
        return query.substring(0, position).chars().filter(c -> c == '"').count() % 2 == 1;
    }
}
