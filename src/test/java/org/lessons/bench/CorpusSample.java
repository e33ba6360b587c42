package org.lessons.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.lessons.ingest.internal.LanguageGuesser;

/**
 * What generated passages borrow from the sample corpus, language by language: every file is read through Tika,
 * so that the French, German and Spanish reports (word-processor files and PDFs) count as well as the English
 * ones. Each paragraph's language is guessed as ingest guesses it, the document's language from its whole text
 * and the paragraph's with the document's as the fallback, so the shares are those Lessons itself would index.
 *
 * @param languages each language code to its paragraphs, ordered by code so that a seed draws the same languages
 */
record CorpusSample(SortedMap<String, LanguageSample> languages) {

    /** The sample's main language, which the query classes pick their words from; also the guess for tiny files. */
    static final String ENGLISH = "en";

    static CorpusSample read(Path corpus) {
        SampleText text = new SampleText();
        LanguageGuesser guesser = new LanguageGuesser();
        Map<String, LanguageSample.Builder> builders = new TreeMap<>();
        for (Path file : files(corpus)) {
            List<String> paragraphs = text.paragraphs(file);
            String documentLanguage = guesser.guess(String.join("\n", paragraphs), ENGLISH);
            for (String paragraph : paragraphs) {
                builders.computeIfAbsent(
                                guesser.guess(paragraph, documentLanguage), language -> new LanguageSample.Builder())
                        .add(paragraph);
            }
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

    private static List<Path> files(Path corpus) {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sample corpus in " + corpus, e);
        }
    }
}
