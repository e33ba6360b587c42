package org.lessons.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.lessons.enrich.Tagger;
import org.lessons.index.IndexedDocument;
import org.lessons.index.LessonIndex;
import org.lessons.testsupport.TestIndex;

/**
 * Times writing generated documents through {@link LessonIndex}, the same path ingest takes after parsing and
 * splitting. Each document is generated just before it is written, and the generating time is taken off the clock;
 * tagging, when asked for, runs inside the timed loop, because in ingest it is part of the cost of every passage.
 */
final class IndexingBenchmark {

    /** Ingest commits at the end of each batch; a batch of this many documents is a few thousand passages. */
    private static final int DOCUMENTS_PER_COMMIT = 200;

    private IndexingBenchmark() {}

    /**
     * Indexes the corpus's documents of that many passages into an empty index in the data folder and leaves the
     * index there, committed.
     */
    static Figures run(Path dataDir, SyntheticCorpus corpus, int passages, boolean tagging) {
        Tagger tagger = TestIndex.tagger(dataDir);
        long start = System.nanoTime();
        long generating;
        try (LessonIndex index = TestIndex.open(dataDir)) {
            generating = corpus.generate(passages, (document, ordinal) -> {
                index.replace(tagging ? tagged(document, tagger) : document);
                if ((ordinal + 1) % DOCUMENTS_PER_COMMIT == 0) {
                    index.commit();
                }
            });
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double seconds = (System.nanoTime() - start - generating) / 1e9;
        return new Figures(passages, tagging, seconds, Folders.size(dataDir.resolve("index")));
    }

    private static IndexedDocument tagged(IndexedDocument document, Tagger tagger) {
        return new IndexedDocument(
                document.id(),
                document.source(),
                document.metadata(),
                document.passages().stream()
                        .map(p -> p.withTags(tagger.tag(p.text())))
                        .toList(),
                document.ingestedAt());
    }

    /** One indexing run: how many passages, whether they were tagged, how long it took, and the index size. */
    record Figures(int passages, boolean tagging, double seconds, long indexBytes) {
        double passagesPerSecond() {
            return passages / seconds;
        }

        double bytesPerPassage() {
            return (double) indexBytes / passages;
        }
    }
}
