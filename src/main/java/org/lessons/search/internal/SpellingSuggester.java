package org.lessons.search.internal;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonFields;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": replaces each plain word of a query that no passage contains by the closest word that
 * passages do contain ("rehabilitaion" becomes "rehabilitation"). Words in quotes, field filters and
 * wildcards are left as typed.
 */
@Component
public class SpellingSuggester {

    private final LanguageAnalyzers analyzers;

    public SpellingSuggester(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    private static final Pattern PLAIN_WORD = Pattern.compile("(?<![\\w:*?~\"])(\\p{L}{4,})(?![\\w:*?~])");

    /** The corrected query, or null when every word is known or nothing close enough is known. */
    public String suggest(IndexReader reader, String query) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
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
                if (reader.docFreq(term) == 0) {
                    SuggestWord[] suggestions =
                            checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (suggestions.length > 0) {
                        replacement = suggestions[0].string;
                        changed = true;
                    }
                }
            }
            matcher.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(corrected);
        return changed ? corrected.toString() : null;
    }

    private static boolean isInsideQuotes(String query, int position) {
        return query.substring(0, position).chars().filter(c -> c == '"').count() % 2 == 1;
    }
}
