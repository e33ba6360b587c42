package org.lessons.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lessons.index.IndexedDocument;
import org.lessons.index.IndexedPassage;

/**
 * The benchmark's generated corpus has the sample's share of each language, each document in one language written
 * with that language's words, and the same documents on every pass, since every figure of issue 8 rests on it.
 */
class SyntheticCorpusTest {

    private static final String ENGLISH = "the police officers shared the lessons learned with the prosecutors";
    private static final String FRENCH = "les enquêteurs ont partagé les leçons apprises avec les procureurs";

    /** Nine English paragraphs to one French: a tenth of the passages should be French. */
    private final CorpusSample sample = sample(9, 1);

    @Test
    void documentsAreInTheSampleLanguagesByTheirShareOfItsPassages() {
        List<IndexedDocument> documents = generate(sample, 100_000);

        long frenchPassages = documents.stream()
                .filter(document -> document.metadata().language().equals("fr"))
                .mapToLong(document -> document.passages().size())
                .sum();
        long allPassages =
                documents.stream().mapToLong(d -> d.passages().size()).sum();
        assertThat(allPassages).isEqualTo(100_000);
        assertThat((double) frenchPassages / allPassages).isCloseTo(0.1, within(0.02));
    }

    @Test
    void eachDocumentIsWrittenInItsOwnLanguagesWordsOnly() {
        Set<String> english = words(ENGLISH);
        Set<String> french = words(FRENCH);

        for (IndexedDocument document : generate(sample, 5_000)) {
            String language = document.metadata().language();
            Set<String> allowed = language.equals("fr") ? french : english;
            for (IndexedPassage passage : document.passages()) {
                assertThat(passage.language()).isEqualTo(language);
                assertThat(words(passage.text())).isSubsetOf(allowed);
            }
        }
    }

    @Test
    void everyPassHandsOverTheSameDocuments() {
        assertThat(generate(sample, 5_000)).isEqualTo(generate(sample, 5_000));
    }

    private static List<IndexedDocument> generate(CorpusSample sample, int passages) {
        List<IndexedDocument> documents = new ArrayList<>();
        new SyntheticCorpus(sample, SyntheticCorpus.SEED)
                .generate(passages, (document, ordinal) -> documents.add(document));
        return documents;
    }

    private static CorpusSample sample(int englishParagraphs, int frenchParagraphs) {
        TreeMap<String, LanguageSample> languages = new TreeMap<>();
        languages.put("en", language(ENGLISH, englishParagraphs));
        languages.put("fr", language(FRENCH, frenchParagraphs));
        return new CorpusSample(languages);
    }

    private static LanguageSample language(String paragraph, int count) {
        LanguageSample.Builder builder = new LanguageSample.Builder();
        for (int i = 0; i < count; i++) {
            builder.add(paragraph);
        }
        return builder.build();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase().split("[^\\p{L}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
