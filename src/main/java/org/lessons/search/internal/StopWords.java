package org.lessons.search.internal;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/** Stop words of the supported languages: words never worth proposing as a search. */
public final class StopWords {

    private static final CharArraySet ALL = all();

    private StopWords() {}

    public static boolean contains(String word) {
        return ALL.contains(word);
    }

    private static CharArraySet all() {
        CharArraySet set = new CharArraySet(1_000, true);
        set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        set.addAll(FrenchAnalyzer.getDefaultStopSet());
        set.addAll(GermanAnalyzer.getDefaultStopSet());
        set.addAll(SpanishAnalyzer.getDefaultStopSet());
        return CharArraySet.unmodifiableSet(set);
    }
}
