package org.lessons.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.lessons.enrich.Tagger;
import org.lessons.index.IndexedDocument;
import org.lessons.index.LessonIndex;
import org.lessons.testsupport.TestIndex;

/**
 * Times writing generated documents through {@link LessonIndex}, the same path ingest takes after parsing and
 * splitting. Text generation happens before the clock starts; tagging, when asked for, runs inside the timed
 * loop, because in ingest it is part of the cost of every passage.
 */
final class IndexingBenchmark {

    /** Ingest commits at the end of each batch; a batch of this many documents is a few thousand passages. */
    private static final int DOCUMENTS_PER_COMMIT = 200;

    private IndexingBenchmark() {}

    /** Indexes the documents into an empty index in the data folder and leaves the index there, committed. */
    static Figures run(Path dataDir, List<IndexedDocument> documents, boolean tagging) {
        Tagger tagger = TestIndex.tagger(dataDir);
        int passages = documents.stream().mapToInt(d -> d.passages().size()).sum();
        long start = System.nanoTime();
        try (LessonIndex index = TestIndex.open(dataDir)) {
            for (int i = 0; i < documents.size(); i++) {
                IndexedDocument document = documents.get(i);
                index.replace(tagging ? tagged(document, tagger) : document);
                if ((i + 1) % DOCUMENTS_PER_COMMIT == 0) {
                    index.commit();
                }
            }
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
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
