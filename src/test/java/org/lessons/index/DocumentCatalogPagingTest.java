package org.lessons.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.marking.Marking;
import org.lessons.testsupport.TestIndex;

/** The library pages through the catalogue newest first, and a page past the end is empty, however far. */
class DocumentCatalogPagingTest {

    @TempDir
    Path dataDir;

    private LessonIndex index;
    private DocumentCatalog catalog;

    @BeforeEach
    void fill() {
        index = TestIndex.open(dataDir);
        catalog = new DocumentCatalog(index);
        for (int day = 1; day <= 5; day++) {
            index.replace(TestIndex.document(
                    "doc-" + day,
                    "Meeting of day " + day,
                    DocumentType.MEETING_NOTES,
                    LocalDate.of(2022, 3, day),
                    "en",
                    "Prison rehabilitation was discussed on day " + day + "."));
        }
        index.commit();
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void pagesFollowEachOtherNewestFirst() {
        DocumentPage first = catalog.list(0, 2, Marking.RED);
        DocumentPage last = catalog.list(2, 2, Marking.RED);

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(DocumentSummary::id).containsExactly("doc-5", "doc-4");
        assertThat(last.items()).extracting(DocumentSummary::id).containsExactly("doc-1");
    }

    @Test
    void aPageFarPastTheEndIsEmptyRatherThanAnOverflow() {
        DocumentPage far = catalog.list(Integer.MAX_VALUE, 200, Marking.RED);

        assertThat(far.total()).isEqualTo(5);
        assertThat(far.items()).isEmpty();
    }
}
