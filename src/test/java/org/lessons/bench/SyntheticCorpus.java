package org.lessons.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.ObjIntConsumer;
import org.lessons.enrich.PassageTags;
import org.lessons.index.DocumentFormat;
import org.lessons.index.DocumentMetadata;
import org.lessons.index.DocumentType;
import org.lessons.index.IndexedDocument;
import org.lessons.index.IndexedPassage;
import org.lessons.index.SourceFile;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;

/**
 * Documents of generated passages: each passage has the length of a random sample paragraph and is a walk
 * through the sample's word pairs, so that term frequencies, phrases and the names the tagger recognises occur
 * about as often as in real reports. Each document is in one language, drawn with the share of the sample's
 * passages in it, and walks that language's word pairs only, so that the analysers and the language guessing see
 * French, German and Spanish as often as in the sample. Documents are made one at a time and handed over, never
 * collected, so that a million passages fit in a benchmark heap; the seed is fixed so that every run, and every
 * pass over the same corpus, indexes the same text.
 */
final class SyntheticCorpus {

    /** The sample's documents split into 15 to 25 passages; generated ones vary a little more. */
    private static final int MIN_PASSAGES_PER_DOCUMENT = 10;

    private static final int MAX_PASSAGES_PER_DOCUMENT = 30;
    private static final int SENTENCE_WORDS = 18;
    private static final List<DocumentFormat> FORMATS =
            List.of(DocumentFormat.PDF, DocumentFormat.DOCX, DocumentFormat.HTML, DocumentFormat.TEXT);

    /** The seed of the benchmark corpora; the end-to-end PDF corpus takes the next, so that its text is other text. */
    static final long SEED = 42;

    /** Each language by the number of sample passages in the languages before it, for a draw by share. */
    private final NavigableMap<Integer, Language> languages = new TreeMap<>();

    private final int samplePassages;
    private final long seed;

    SyntheticCorpus(CorpusSample sample, long seed) {
        int passagesBefore = 0;
        for (Map.Entry<String, LanguageSample> language : sample.languages().entrySet()) {
            if (language.getValue().passages() > 0) {
                languages.put(passagesBefore, Language.of(language.getKey(), language.getValue()));
                passagesBefore += language.getValue().passages();
            }
        }
        this.samplePassages = passagesBefore;
        this.seed = seed;
    }

    /**
     * A language of the sample with the words a walk may start from, sorted so that a seed always picks the same.
     */
    private record Language(String code, LanguageSample sample, List<String> starts) {
        static Language of(String code, LanguageSample sample) {
            return new Language(
                    code, sample, sample.followers().keySet().stream().sorted().toList());
        }
    }

    /**
     * Generates untagged documents holding the given number of passages in all (the benchmark tags them when it
     * times tagging) and hands each to the consumer with its ordinal as soon as it is made. Every call hands over
     * the same documents.
     *
     * @return the nanoseconds spent generating, for callers that keep generation off their clock
     */
    long generate(int passages, ObjIntConsumer<IndexedDocument> consumer) {
        Random random = new Random(seed);
        long generating = 0;
        int left = passages;
        for (int ordinal = 0; left > 0; ordinal++) {
            long start = System.nanoTime();
            int count = Math.min(
                    left,
                    MIN_PASSAGES_PER_DOCUMENT + random.nextInt(MAX_PASSAGES_PER_DOCUMENT - MIN_PASSAGES_PER_DOCUMENT));
            IndexedDocument document = document(random, "bench-" + ordinal, count);
            generating += System.nanoTime() - start;
            consumer.accept(document, ordinal);
            left -= count;
        }
        return generating;
    }

    private IndexedDocument document(Random random, String id, int passageCount) {
        Language language = languages.floorEntry(random.nextInt(samplePassages)).getValue();
        List<IndexedPassage> passages = new ArrayList<>();
        for (int i = 0; i < passageCount; i++) {
            String section = (i / 5 + 1) + ". Section";
            passages.add(new IndexedPassage(
                    id + "-" + i, i, section, i / 3 + 1, language.code(), text(random, language), PassageTags.NONE));
        }
        DocumentType type = DocumentType.values()[random.nextInt(DocumentType.values().length)];
        DocumentFormat format = FORMATS.get(random.nextInt(FORMATS.size()));
        LocalDate date = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(7 * 365));
        DocumentMetadata metadata = new DocumentMetadata(
                "Report " + id,
                List.of(),
                date,
                type,
                language.code(),
                format,
                "application/octet-stream",
                passageCount / 3 + 1,
                null,
                List.of(),
                List.of(),
                Handling.of(Marking.GREEN));
        SourceFile source = new SourceFile("bench/" + id + "." + format.value(), "0".repeat(64), 1, 1);
        return new IndexedDocument(id, source, metadata, passages, Instant.EPOCH);
    }

    private static String text(Random random, Language language) {
        List<Integer> lengths = language.sample().paragraphLengths();
        List<String> starts = language.starts();
        int length = lengths.get(random.nextInt(lengths.size()));
        StringBuilder text = new StringBuilder();
        String word = starts.get(random.nextInt(starts.size()));
        for (int i = 0; i < length; i++) {
            boolean sentenceStart = i % SENTENCE_WORDS == 0;
            if (i > 0) {
                text.append(sentenceStart ? ". " : " ");
            }
            text.append(sentenceStart ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            List<String> next = language.sample().followers().get(word.toLowerCase());
            word = next == null ? starts.get(random.nextInt(starts.size())) : next.get(random.nextInt(next.size()));
        }
        return text.append('.').toString();
    }
}
