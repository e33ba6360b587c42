package org.lessons.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.testsupport.FailingDirectory;
import org.lessons.testsupport.TestIndex;

/** A write that fails puts the index back at its last commit and leaves it writable, without a restart. */
class WriterRecoveryTest {

    @TempDir
    Path folder;

    private FailingDirectory storage;
    private LessonIndex index;
    private DocumentCatalog catalog;

    @BeforeEach
    void open() throws IOException {
        storage = new FailingDirectory(FSDirectory.open(folder));
        index = new LessonIndex(storage, new LanguageAnalyzers(), TestIndex.tagger(folder));
        catalog = new DocumentCatalog(index);
        index.replace(document("committed", "Asset freezing disrupted the network's finances."));
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        storage.recover();
        if (index != null) {
            index.close();
        }
    }

    @Test
    void aFullDiskDuringACommitLeavesTheIndexAtItsLastCommitAndTakesTheRetryOnceSpaceIsFreed() throws IOException {
        index.replace(document("lost", "Mentors helped with reintegration after release."));
        storage.fail(FailingDirectory.diskFull());

        assertThatThrownBy(index::commit)
                .isInstanceOfSatisfying(
                        IndexWriteException.class, e -> assertThat(e.diskFull()).isTrue())
                .hasMessageContaining("The disk holding the index is full");
        storage.recover();

        assertThat(catalog.sources()).containsOnlyKeys("committed");
        index.replace(document("lost", "Mentors helped with reintegration after release."));
        index.commit();
        assertThat(catalog.sources()).containsOnlyKeys("committed", "lost");
        assertThat(checkIndex()).isTrue();
    }

    @Test
    void aWriterThatFailedWhileFlushingTakesChangesAgainWithoutARestart() throws IOException {
        storage.fail(new IOException("Input/output error"));
        assertThatThrownBy(() -> {
                    index.replace(document("first-try", "Probation officers supervised licence conditions."));
                    index.commit();
                })
                .isInstanceOfSatisfying(
                        IndexWriteException.class, e -> assertThat(e.diskFull()).isFalse());
        storage.recover();

        index.replace(document("second-try", "Probation officers supervised licence conditions."));
        index.commit();

        assertThat(catalog.sources()).containsOnlyKeys("committed", "second-try");
        assertThat(checkIndex()).isTrue();
    }

    /** Closes the index and runs Lucene's CheckIndex over its folder. */
    private boolean checkIndex() throws IOException {
        index.close();
        index = null;
        try (Directory directory = FSDirectory.open(folder);
                CheckIndex check = new CheckIndex(directory)) {
            return check.checkIndex().clean;
        }
    }

    private static IndexedDocument document(String id, String text) {
        return TestIndex.document(id, id, DocumentType.MEETING_NOTES, LocalDate.of(2022, 1, 19), "en", text);
    }
}
