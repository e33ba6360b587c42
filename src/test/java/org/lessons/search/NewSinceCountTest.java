package org.lessons.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.index.DocumentCatalog;
import org.lessons.index.DocumentType;
import org.lessons.index.IndexedDocument;
import org.lessons.index.LessonIndex;
import org.lessons.testsupport.TestIndex;
import org.lessons.testsupport.TestSearch;

/** "New since" on a real index: passages keep the time they first arrived through re-tagging and edits. */
class NewSinceCountTest {

    private static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);
    private static final Instant WEDNESDAY = TUESDAY.plusSeconds(86_400);

    @TempDir
    Path dataDir;

    private LessonIndex index;
    private SearchService search;

    @BeforeEach
    void open() {
        index = TestIndex.open(dataDir);
        search = TestSearch.service(index, TestIndex.tagger(dataDir));
        index.replace(at(MONDAY, "oslo", "Probation officers followed released prisoners closely."));
        index.commit();
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void countsOnlyPassagesThatArrivedAfterTheBaseline() {
        assertThat(newSince(MONDAY)).isZero();

        index.replace(at(TUESDAY, "rome", "Probation services shared risk assessments.", "Unrelated budget notes."));
        index.commit();

        assertThat(newSince(MONDAY)).isEqualTo(1);
        assertThat(newSince(TUESDAY)).isZero();
        assertThat(search.search(request(MONDAY)).hits())
                .extracting(Hit::documentId, Hit::firstIndexed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rome", TUESDAY));
    }

    @Test
    void reTaggingKeepsWhenAPassageFirstArrived() {
        IndexedDocument stored = new DocumentCatalog(index).stored("oslo").orElseThrow();
        index.replace(
                new IndexedDocument(stored.id(), stored.source(), stored.metadata(), stored.passages(), WEDNESDAY));
        index.commit();

        assertThat(newSince(MONDAY)).isZero();
    }

    @Test
    void anEditedFileMakesOnlyItsChangedPassagesNew() {
        IndexedDocument previous = new DocumentCatalog(index).stored("oslo").orElseThrow();
        IndexedDocument edited = at(
                TUESDAY,
                "oslo",
                "Probation officers followed released prisoners closely.",
                "Probation staff needed training on extremist ideologies.");
        index.replace(edited.keepingFirstIndexedOf(previous));
        index.commit();

        assertThat(search.search(request(MONDAY)).hits())
                .extracting(Hit::text)
                .containsExactly("Probation staff needed training on extremist ideologies.");
        assertThat(newSince(MONDAY)).isEqualTo(1);
    }

    @Test
    void aCountIsAnsweredAgainAfterTheIndexChanged() {
        assertThat(newSince(MONDAY)).isZero();
        assertThat(newSince(MONDAY)).isZero();

        index.replace(at(WEDNESDAY, "rome", "Probation services shared risk assessments."));
        index.commit();

        assertThat(newSince(MONDAY)).isEqualTo(1);
    }

    private long newSince(Instant baseline) {
        return search.count(request(baseline));
    }

    private static SearchRequest request(Instant baseline) {
        return SearchRequest.builder().query("probation").indexedAfter(baseline).build();
    }

    private static IndexedDocument at(Instant time, String id, String... texts) {
        IndexedDocument document = TestIndex.document(
                id, "Meeting " + id, DocumentType.MEETING_NOTES, LocalDate.of(2022, 6, 22), "en", texts);
        return new IndexedDocument(document.id(), document.source(), document.metadata(), document.passages(), time);
    }
}
