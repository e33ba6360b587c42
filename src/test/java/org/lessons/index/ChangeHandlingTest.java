package org.lessons.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.index.internal.DocumentMapper;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;
import org.lessons.search.Hit;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchService;
import org.lessons.testsupport.TestIndex;
import org.lessons.testsupport.TestSearch;

/** Every record of a document carries its handling, and a change of handling rewrites them all. */
class ChangeHandlingTest {

    private static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");

    @TempDir
    Path dataDir;

    private LessonIndex index;
    private DocumentCatalog catalog;
    private SearchService search;

    @BeforeEach
    void open() {
        index = TestIndex.open(dataDir);
        catalog = new DocumentCatalog(index);
        search = TestSearch.service(index, TestIndex.tagger(dataDir));
        IndexedDocument oslo = TestIndex.document(
                "oslo",
                Handling.of(Marking.AMBER),
                "Expert meeting in Oslo",
                DocumentType.MEETING_NOTES,
                LocalDate.of(2022, 6, 22),
                "en",
                "Probation officers followed released prisoners closely.",
                "Online monitoring of extremist forums found the next attack early.");
        index.replace(new IndexedDocument(oslo.id(), oslo.source(), oslo.metadata(), oslo.passages(), MONDAY));
        index.recordFailure(new FailedDocument(
                "locked",
                new SourceFile("incoming/informant-names.pdf", "1".repeat(64), 10, 0),
                "encrypted",
                "The file is password-protected.",
                MONDAY,
                Handling.of(Marking.RED)));
        index.commit();
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void everyRecordCarriesItsDocumentsMarking() throws Exception {
        assertThat(records(Marking.AMBER)).isEqualTo(3); // the document record and both passages
        assertThat(records(Marking.RED)).isEqualTo(1); // the failure
        assertThat(catalog.find("oslo").orElseThrow().marking()).isEqualTo(Marking.AMBER);
        assertThat(catalog.find("locked").orElseThrow().summary().handling()).isEqualTo(Handling.of(Marking.RED));

        Hit hit = search.search(SearchRequest.of("probation")).hits().get(0);

        assertThat(hit.marking()).isEqualTo(Marking.AMBER);
        assertThat(new ObjectMapper().findAndRegisterModules().writeValueAsString(hit))
                .contains("\"marking\":\"TLP:AMBER\"");
    }

    @Test
    void holdingADocumentUnderTheChathamHouseRuleTakesItsNamesOutOfTheSearchAndReleasingItBringsThemBack() {
        IndexedDocument minutes = TestIndex.document(
                "minutes",
                Handling.of(Marking.GREEN),
                "Minutes",
                DocumentType.MEETING_NOTES,
                LocalDate.of(2023, 3, 1),
                "en",
                "Dr Ingrid Haugen said probation works when officers know the family.");
        index.replace(minutes);
        index.commit();
        assertThat(search.search(SearchRequest.of("Haugen")).total()).isEqualTo(1);

        index.changeHandling("minutes", new Handling(Marking.GREEN, true));

        assertThat(search.search(SearchRequest.of("Haugen")).total()).isZero();
        assertThat(search.search(SearchRequest.of("family")).hits())
                .singleElement()
                .satisfies(hit -> assertThat(hit.text())
                        .as("stored whole for cleared readers")
                        .contains("Haugen"));
        assertThat(catalog.stored("minutes").orElseThrow().passages().get(0).text())
                .isEqualTo(minutes.passages().get(0).text());

        index.changeHandling("minutes", Handling.of(Marking.GREEN));

        assertThat(search.search(SearchRequest.of("Haugen")).total()).isEqualTo(1);
    }

    @Test
    void aChangedHandlingReachesEveryRecordAtOnceAndKeepsEverythingElse() {
        IndexedDocument before = catalog.stored("oslo").orElseThrow();

        boolean changed = index.changeHandling("oslo", new Handling(Marking.RED, true));

        assertThat(changed).isTrue();
        assertThat(records(Marking.AMBER)).isZero();
        assertThat(records(Marking.RED)).isEqualTo(4);
        IndexedDocument after = catalog.stored("oslo").orElseThrow();
        assertThat(after.metadata().handling()).isEqualTo(new Handling(Marking.RED, true));
        assertThat(after.passages()).isEqualTo(before.passages());
        assertThat(after.passages())
                .allSatisfy(p -> assertThat(p.firstIndexed()).isEqualTo(MONDAY));
        assertThat(after.metadata().withHandling(before.metadata().handling())).isEqualTo(before.metadata());
        assertThat(search.search(SearchRequest.of("probation")).hits())
                .extracting(Hit::marking)
                .containsExactly(Marking.RED);
    }

    @Test
    void aFailedFileCanBeRemarkedToo() {
        assertThat(index.changeHandling("locked", Handling.of(Marking.GREEN))).isTrue();

        DocumentSummary failure = catalog.find("locked").orElseThrow().summary();
        assertThat(failure.marking()).isEqualTo(Marking.GREEN);
        assertThat(failure.failureReason()).isEqualTo("encrypted");
        assertThat(failure.path()).isEqualTo("incoming/informant-names.pdf");
    }

    @Test
    void anUnknownDocumentIsReportedAndNothingIsWritten() {
        assertThat(index.changeHandling("nowhere", Handling.of(Marking.CLEAR))).isFalse();
        assertThat(catalog.find("nowhere")).isEmpty();
        assertThat(records(Marking.CLEAR)).isZero();
    }

    @Test
    void aRecordFromBeforeMarkingsIsHandledAsStrictlyAsPossible() {
        assertThat(DocumentMapper.handling(new Document())).isEqualTo(new Handling(Marking.RED, true));
    }

    private int records(Marking marking) {
        try (SearcherLease lease = index.acquire()) {
            return lease.searcher().count(new TermQuery(new Term(LessonFields.MARKING, marking.label())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
