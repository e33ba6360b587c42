package org.lessons.testsupport;

import com.vaadin.flow.component.Component;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of screen tests over the {@link CanaryCorpus}: the views a test names, built on the canaries' services. */
public abstract class CanaryViewsTest {

    @TempDir
    protected Path dataDir;

    protected CanaryCorpus canaries;

    /** The views under test, built from the canaries' services. */
    protected abstract Map<Class<? extends Component>, Supplier<? extends Component>> views(CanaryCorpus canaries);

    @BeforeEach
    void openViews() {
        canaries = new CanaryCorpus(dataDir);
        ViewTesting.open(views(canaries));
    }

    @AfterEach
    void closeViews() throws Exception {
        ViewTesting.close();
        TestViewers.signOut();
        canaries.close();
    }
}
