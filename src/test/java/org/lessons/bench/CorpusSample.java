package org.lessons.bench;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What generated passages borrow from the sample corpus, language by language. Every file counts, the French,
 * German and Spanish reports (word-processor files and PDFs) as well as the English ones, so that a generated
 * corpus has the sample's share of each language; see {@link SampleParagraphs} for how they are read.
 *
 * @param languages each language code to its paragraphs, ordered by code so that a seed draws the same languages
 */
record CorpusSample(SortedMap<String, LanguageSample> languages) {

    /** The sample's main language: the query classes pick their words from it; a file too short to tell is in it. */
    static final String ENGLISH = "en";

    static CorpusSample read(Path corpus) {
        Map<String, LanguageSample.Builder> builders = new TreeMap<>();
        for (SampleParagraphs.Paragraph paragraph : SampleParagraphs.read(corpus)) {
            builders.computeIfAbsent(paragraph.language(), language -> new LanguageSample.Builder())
                    .add(paragraph.text());
        }
        SortedMap<String, LanguageSample> languages = new TreeMap<>();
        builders.forEach((language, builder) -> languages.put(language, builder.build()));
        LanguageSample english = languages.get(ENGLISH);
        if (english == null || english.passages() == 0) {
            throw new IllegalStateException("No English paragraphs long enough to be passages in " + corpus);
        }
        return new CorpusSample(Collections.unmodifiableSortedMap(languages));
    }

    LanguageSample english() {
        return languages.get(ENGLISH);
    }
}
