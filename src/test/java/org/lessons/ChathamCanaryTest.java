package org.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lessons.testsupport.ChathamCanary.DOCUMENT_ID;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lessons.export.Export;
import org.lessons.export.ExportFormat;
import org.lessons.index.DocumentDetail;
import org.lessons.index.DocumentSummary;
import org.lessons.index.IndexedPassage;
import org.lessons.library.LibraryQuery;
import org.lessons.marking.Marking;
import org.lessons.savedquery.AtomFeed;
import org.lessons.savedquery.SavedQuery;
import org.lessons.savedquery.SavedQueryDraft;
import org.lessons.savedquery.SavedQueryService;
import org.lessons.search.Hit;
import org.lessons.search.SearchRequest;
import org.lessons.search.Suggestion;
import org.lessons.testsupport.CanaryCorpus;
import org.lessons.testsupport.CanaryCorpusTest;
import org.lessons.testsupport.ChathamCanary;

/**
 * The Chatham House canary: for a reader of each clearance, every path that shows the text of a document held under
 * the rule shows the names of the people in it only from the attribution clearance (TLP:AMBER here) on; below it,
 * each name reads "[name withheld]" while the countries, organisations and tools stay. A reader who may not see the
 * document at all (TLP:CLEAR) finds nothing of it, as for any hidden document.
 */
class ChathamCanaryTest extends CanaryCorpusTest {

    @BeforeAll
    void holdAChathamHouseDocument() {
        ChathamCanary.addTo(canaries.index());
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void hitsSnippetsTitlesAndTextsNameNobodyBelowTheAttributionClearance(Marking clearance) {
        canaries.signIn(clearance);

        for (SearchRequest request : List.of(
                SearchRequest.of(ChathamCanary.WORDS),
                SearchRequest.of("opened said noted presented"),
                SearchRequest.builder()
                        .query(ChathamCanary.WORDS)
                        .groupByDocument(true)
                        .build())) {
            List<Hit> hits = chathamHits(canaries.search().search(request).hits());
            if (!clearance.permits(ChathamCanary.MARKING)) {
                assertThat(hits).isEmpty();
                continue;
            }
            assertThat(hits).as(request.query()).isNotEmpty();
            for (Hit hit : hits) {
                String shown = String.join(" | ", hit.snippet(), hit.text(), hit.title(), hit.event());
                expect(clearance).accept(shown);
                assertThat(hit.text()).contains("lantern jetty");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void aNameIsNeverInsideAMarkAndMarksStayAroundTheWordsNextToIt(Marking clearance) {
        canaries.signIn(clearance);

        List<Hit> hits =
                chathamHits(canaries.search().search(SearchRequest.of("opened")).hits());

        if (clearance.permits(ChathamCanary.MARKING)) {
            String snippet = hits.get(0).snippet();
            assertThat(snippet).contains("<mark>opened</mark>");
            if (clearance.permits(Marking.AMBER)) {
                assertThat(snippet).contains("Quillfeather");
            } else {
                assertThat(snippet).contains("[name withheld]").doesNotContain("Quillfeather", "Oswin");
            }
        } else {
            assertThat(hits).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void aNameFindsNoChathamPassageAndIsNeverProposed(Marking clearance) {
        canaries.signIn(clearance);

        for (String name : ChathamCanary.NAMES) {
            assertThat(canaries.search().search(SearchRequest.of(name)).total())
                    .as(name)
                    .isZero();
            assertThat(canaries.suggestions().suggest(name.substring(0, 5).toLowerCase(), 10))
                    .extracting(Suggestion::text)
                    .noneMatch(text -> text.equalsIgnoreCase(name));
            String misspelt = name.substring(0, name.length() - 1);
            assertThat(canaries.search().search(SearchRequest.of(misspelt)).suggestion())
                    .as(misspelt)
                    .isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void similarPassagesAndTheHighlightedDocumentNameNobodyBelowTheAttributionClearance(Marking clearance) {
        canaries.signIn(clearance);

        Optional<List<Hit>> similar = canaries.search().similar(ChathamCanary.passageId(2), 10);
        Map<String, String> highlighted = canaries.highlighter().highlight(DOCUMENT_ID, "lantern opened");

        if (!clearance.permits(ChathamCanary.MARKING)) {
            assertThat(similar).isEmpty();
            assertThat(highlighted).isEmpty();
            return;
        }
        List<Hit> chatham = chathamHits(similar.orElseThrow());
        assertThat(chatham).isNotEmpty();
        chatham.forEach(hit -> expect(clearance).accept(hit.snippet() + " | " + hit.text()));
        assertThat(highlighted).hasSize(ChathamCanary.TEXTS.size());
        expect(clearance).accept(String.join(" | ", highlighted.values()));
        assertThat(highlighted.get(ChathamCanary.passageId(0))).contains("<mark>opened</mark>");
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void theDocumentAndTheLibraryNameNobodyBelowTheAttributionClearance(Marking clearance) {
        canaries.signIn(clearance);

        Optional<DocumentDetail> document = canaries.library().document(DOCUMENT_ID);
        List<DocumentSummary> listed = canaries.library().documents(0, 50).items().stream()
                .filter(summary -> summary.id().equals(DOCUMENT_ID))
                .toList();
        List<DocumentSummary> browsed =
                canaries.library().page(new LibraryQuery("jetty", null, null, LibraryQuery.Order.TITLE, false), 0, 10);

        if (!clearance.permits(ChathamCanary.MARKING)) {
            assertThat(document).isEmpty();
            assertThat(listed).isEmpty();
            assertThat(browsed).isEmpty();
            return;
        }
        DocumentDetail detail = document.orElseThrow();
        String shown = String.join(
                " | ",
                detail.summary().title(),
                String.join(", ", detail.authors()),
                detail.event(),
                String.join(
                        " | ",
                        detail.passages().stream().map(IndexedPassage::text).toList()),
                listed.get(0).title(),
                browsed.get(0).title());
        expect(clearance).accept(shown);
        assertThat(shown).contains("Europol", "Norway", "online monitoring", "(NL)");
        if (!clearance.permits(Marking.AMBER)) {
            assertThat(detail.summary().title()).isEqualTo("Jetty debrief by Dr [name withheld]");
            assertThat(detail.authors()).containsExactly("[name withheld]");
        } else {
            assertThat(detail.authors()).containsExactly(ChathamCanary.AUTHOR);
        }
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void everyExportFormatNamesNobodyBelowTheAttributionClearanceWhateverThreadWritesIt(Marking clearance)
            throws Exception {
        canaries.signIn(clearance);

        for (ExportFormat format : ExportFormat.values()) {
            Export export = canaries.exports(1)
                    .prepare(SearchRequest.of(ChathamCanary.WORDS), format, "http://lessons.example");
            // one passage per page
            String written = new String(writtenOnAnotherThread(export), StandardCharsets.UTF_8);
            if (clearance.permits(ChathamCanary.MARKING)) {
                assertThat(written).as(format.name()).contains("lantern jetty");
                expect(clearance).accept(written);
            } else {
                assertThat(written).as(format.name()).doesNotContain("lantern");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Marking.class)
    void savedQueryResultsAndFeedsNameNobodyBelowTheAttributionClearance(Marking clearance) throws Exception {
        canaries.signIn(clearance);
        String user = CanaryCorpus.user(clearance);
        SavedQueryService saved = canaries.savedQueries();
        SavedQuery query = saved.create(
                new SavedQueryDraft("Jetty", ChathamCanary.WORDS, Map.of(), "relevance", false, null), user);

        List<Hit> latest = saved.latest(query);
        List<Hit> results =
                saved.results(query, SearchRequest.of(query.q()), false, user).hits();
        ByteArrayOutputStream feed = new ByteArrayOutputStream();
        new AtomFeed(query, latest, "http://lessons.example").writeTo(feed, java.time.Instant.now());

        if (!clearance.permits(ChathamCanary.MARKING)) {
            assertThat(latest).isEmpty();
            assertThat(results).isEmpty();
            return;
        }
        String shown = String.join(
                " | ",
                String.join(" | ", latest.stream().map(Hit::text).toList()),
                String.join(" | ", results.stream().map(Hit::snippet).toList()),
                feed.toString(StandardCharsets.UTF_8));
        expect(clearance).accept(shown);
    }

    /** Names withheld below the attribution clearance, shown from it on. */
    private static Consumer<String> expect(Marking clearance) {
        return clearance.permits(Marking.AMBER) ? ChathamCanary::assertNamesShown : ChathamCanary::assertNamesWithheld;
    }

    private static List<Hit> chathamHits(List<Hit> hits) {
        return hits.stream().filter(hit -> hit.documentId().equals(DOCUMENT_ID)).toList();
    }
}
