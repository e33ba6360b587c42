package org.lessons.library.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.index.DocumentCatalog;
import org.lessons.index.DocumentSummary;
import org.lessons.index.FailedDocument;
import org.lessons.index.SourceFile;
import org.lessons.library.LibraryService;
import org.lessons.testsupport.SearchFixture;
import org.lessons.testsupport.TestIndex;
import org.lessons.testsupport.TestIngest;
import org.lessons.testsupport.TestViewers;
import org.lessons.testsupport.ViewTesting;

class LibraryViewTest {

    @TempDir
    Path dataDir;

    private SearchFixture fixture;

    @BeforeEach
    void open() {
        fixture = new SearchFixture(dataDir);
        fixture.index()
                .recordFailure(new FailedDocument(
                        "locked",
                        new SourceFile("incoming/locked.pdf", "0".repeat(64), 10, 0),
                        "encrypted",
                        "The file is password-protected.",
                        Instant.EPOCH,
                        TestIndex.DEFAULT_HANDLING));
        fixture.index().commit();
        LibraryService library = new LibraryService(
                new DocumentCatalog(fixture.index()), TestViewers.unrestricted(), TestIngest.MARKINGS);
        ViewTesting.open(Map.of(LibraryView.class, () -> new LibraryView(library)));
        UI.getCurrent().navigate("library");
    }

    @AfterEach
    void close() throws Exception {
        ViewTesting.close();
        fixture.close();
    }

    @Test
    void listsEveryDocumentNewestFirstAndFailuresWithTheirReason() {
        assertThat(count()).isEqualTo("5 documents");
        assertThat(GridKt._get(grid(), 0).title()).isEqualTo("Practitioner's guide, final draft");

        _setValue(_get(Select.class, spec -> spec.withId("library-outcome")), "failed");

        assertThat(count()).isEqualTo("1 document");
        DocumentSummary failed = GridKt._get(grid(), 0);
        assertThat(failed.path()).isEqualTo("incoming/locked.pdf");
        assertThat(failed.failureReason()).isEqualTo("encrypted");
    }

    @SuppressWarnings("unchecked")
    private static Grid<DocumentSummary> grid() {
        return _get(Grid.class);
    }

    private static String count() {
        return _get(Span.class, spec -> spec.withClasses("library-count")).getText();
    }
}
