package org.lessons.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * about as often as in real reports. The seed is fixed so that every run indexes the same text.
 */
final class SyntheticCorpus {

    /** The sample's documents split into 15 to 25 passages; generated ones vary a little more. */
    private static final int MIN_PASSAGES_PER_DOCUMENT = 10;

    private static final int MAX_PASSAGES_PER_DOCUMENT = 30;
    private static final int SENTENCE_WORDS = 18;
    private static final List<DocumentFormat> FORMATS =
            List.of(DocumentFormat.PDF, DocumentFormat.DOCX, DocumentFormat.HTML, DocumentFormat.TEXT);

    private final CorpusSample sample;
    private final List<String> starts;
    private final Random random = new Random(42);

    SyntheticCorpus(CorpusSample sample) {
        this.sample = sample;
        this.starts = sample.followers().keySet().stream().sorted().toList();
    }

    /** Untagged documents holding the given number of passages in all; the benchmark tags them when it times it. */
    List<IndexedDocument> documents(int passages) {
        List<IndexedDocument> documents = new ArrayList<>();
        int left = passages;
        while (left > 0) {
            int count = Math.min(
                    left,
                    MIN_PASSAGES_PER_DOCUMENT + random.nextInt(MAX_PASSAGES_PER_DOCUMENT - MIN_PASSAGES_PER_DOCUMENT));
            documents.add(document("bench-" + documents.size(), count));
            left -= count;
        }
        return documents;
    }

    private IndexedDocument document(String id, int passageCount) {
        List<IndexedPassage> passages = new ArrayList<>();
        for (int i = 0; i < passageCount; i++) {
            String section = (i / 5 + 1) + ". Section";
            passages.add(new IndexedPassage(id + "-" + i, i, section, i / 3 + 1, "en", text(), PassageTags.NONE));
        }
        DocumentType type = DocumentType.values()[random.nextInt(DocumentType.values().length)];
        DocumentFormat format = FORMATS.get(random.nextInt(FORMATS.size()));
        LocalDate date = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(7 * 365));
        DocumentMetadata metadata = new DocumentMetadata(
                "Report " + id,
                List.of(),
                date,
                type,
                "en",
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

    private String text() {
        int length = sample.paragraphLengths()
                .get(random.nextInt(sample.paragraphLengths().size()));
        StringBuilder text = new StringBuilder();
        String word = starts.get(random.nextInt(starts.size()));
        for (int i = 0; i < length; i++) {
            boolean sentenceStart = i % SENTENCE_WORDS == 0;
            if (i > 0) {
                text.append(sentenceStart ? ". " : " ");
            }
            text.append(sentenceStart ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            List<String> next = sample.followers().get(word.toLowerCase());
            word = next == null ? starts.get(random.nextInt(starts.size())) : next.get(random.nextInt(next.size()));
        }
        return text.append('.').toString();
    }
}
