package org.lessons.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Reading files ahead of the ingest thread, without Tika: the files are strings, reading one names its thread. */
@Timeout(
        value = 30,
        threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a read-ahead that does not read ahead waits for ever here
class ReadAheadTest {

    private static final List<String> FILES = List.of("a", "b", "c", "d", "e");

    private Thread readerThread;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> readerThread = new Thread(r));
    private final List<String> read = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopReader() {
        reader.shutdownNow();
    }

    @Test
    void handsBackTheReadingOfEveryFileInTheOrderOfTheFiles() {
        try (ReadAhead<String> ahead = ReadAhead.start(FILES, recording(String::toUpperCase), 2, reader)) {
            assertThat(List.of(ahead.next(), ahead.next(), ahead.next(), ahead.next(), ahead.next()))
                    .containsExactly("A", "B", "C", "D", "E");
            assertThatThrownBy(ahead::next).isInstanceOf(java.util.NoSuchElementException.class);
        }
    }

    @Test
    void readsTheNextFileWhileTheCurrentOneIsApplied() throws Exception {
        CountDownLatch secondFileStarted = new CountDownLatch(1);
        try (ReadAhead<String> ahead = ReadAhead.start(
                FILES,
                recording(file -> {
                    if (file.equals("b")) {
                        secondFileStarted.countDown();
                    }
                    return file;
                }),
                1,
                reader)) {
            assertThat(ahead.next()).isEqualTo("a");
            // applying "a" cannot finish before "b" is being read: read one after the other, this would never return
            secondFileStarted.await();
            assertThat(ahead.next()).isEqualTo("b");
        }
    }

    @Test
    void readsNoMoreThanItsDepthAheadOfTheFilesTaken() throws Exception {
        try (ReadAhead<String> ahead = ReadAhead.start(FILES, recording(Function.identity()), 2, reader)) {
            waitUntilTheReaderWaitsHaving(2);
            assertThat(read).containsExactly("a", "b");

            ahead.next();
            waitUntilTheReaderWaitsHaving(3);
            assertThat(read).containsExactly("a", "b", "c");
        }
    }

    @Test
    void aFileWhoseReadingFailsFailsAloneAndTheFilesAfterItAreRead() {
        try (ReadAhead<String> ahead = ReadAhead.start(
                FILES,
                recording(file -> {
                    if (file.equals("b")) {
                        throw new IllegalStateException("the worker died on b");
                    }
                    return file;
                }),
                2,
                reader)) {
            assertThat(ahead.next()).isEqualTo("a");
            assertThatThrownBy(ahead::next).hasMessage("the worker died on b");
            assertThat(List.of(ahead.next(), ahead.next(), ahead.next())).containsExactly("c", "d", "e");
        }
    }

    @Test
    void closedItReadsNoFurtherFile() throws Exception {
        try (ReadAhead<String> ahead = ReadAhead.start(FILES, recording(Function.identity()), 1, reader)) {
            assertThat(ahead.next()).isEqualTo("a");
        }
        reader.shutdown();
        assertThat(reader.awaitTermination(20, TimeUnit.SECONDS)).isTrue();

        assertThat(read).hasSizeLessThanOrEqualTo(2).doesNotContain("c", "d", "e");
    }

    @Test
    void whenItsThreadIsStoppedTheIngestThreadLearnsItInsteadOfWaitingForEver() {
        ReadAhead<String> ahead = ReadAhead.start(FILES, recording(Function.identity()), 1, reader);
        assertThat(ahead.next()).isEqualTo("a");
        waitUntilTheReaderWaitsHaving(2);

        reader.shutdownNow();

        assertThat(ahead.next()).isEqualTo("b");
        assertThatThrownBy(ahead::next)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("c");
    }

    private Function<String, String> recording(Function<String, String> reading) {
        return file -> {
            read.add(file);
            return reading.apply(file);
        };
    }

    /** Until the reader thread has read so many files and blocks: it has read as far as it may. */
    private void waitUntilTheReaderWaitsHaving(int files) {
        while (read.size() < files || readerThread.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
    }
}
