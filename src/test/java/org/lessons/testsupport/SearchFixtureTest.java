package org.lessons.testsupport;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of search tests that run on a fresh {@link SearchFixture} each. */
public abstract class SearchFixtureTest {

    @TempDir
    protected Path dataDir;

    protected SearchFixture fixture;

    @BeforeEach
    void openFixture() {
        fixture = new SearchFixture(dataDir);
    }

    @AfterEach
    void closeFixture() throws Exception {
        fixture.close();
    }
}
