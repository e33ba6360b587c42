package org.lessons.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.export.Export;

/** Base of tests that ask the {@link CanaryCorpus}'s services as users of each clearance: one corpus per class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CanaryCorpusTest {

    @TempDir
    static Path dataDir;

    protected CanaryCorpus canaries;

    @BeforeAll
    void index() {
        canaries = new CanaryCorpus(dataDir);
    }

    @AfterAll
    void close() throws Exception {
        canaries.close();
    }

    @AfterEach
    void signOut() {
        TestViewers.signOut();
    }

    /** The export as a download writes it: on another thread, where nobody is signed in. */
    protected static byte[] writtenOnAnotherThread(Export export) throws InterruptedException, ExecutionException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture.runAsync(() -> {
                    try {
                        export.writeTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .get();
        return out.toByteArray();
    }
}
