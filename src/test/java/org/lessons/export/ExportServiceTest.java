package org.lessons.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessons.index.DocumentType;
import org.lessons.search.Hit;
import org.lessons.search.InvalidSearchException;
import org.lessons.search.SearchRequest;
import org.lessons.search.SortOrder;
import org.lessons.testsupport.SearchFixtureTest;
import org.lessons.testsupport.TestIndex;
import org.lessons.testsupport.TestViewers;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** Exports on the real search over a small index, with pages far smaller than the result set. */
class ExportServiceTest extends SearchFixtureTest {

    private static final ObjectMapper MAPPER =
            Jackson2ObjectMapperBuilder.json().build();
    private static final Clock NOVEMBER_25 = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final String BASE_URL = "http://lessons.example";
    private static final SearchRequest OLDEST_FIRST =
            SearchRequest.builder().sort(SortOrder.OLDEST).build();

    @Test
    void exportsEveryPassageOfTheSearchInItsOrderAcrossPages() throws IOException {
        Export export = exports(100, 2).prepare(OLDEST_FIRST, ExportFormat.JSON, BASE_URL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = export.writeTo(out);

        List<String> searched = fixture.search().search(OLDEST_FIRST.passagesAfter(null, 100)).hits().stream()
                .map(Hit::passageId)
                .toList();
        assertThat(searched).hasSizeGreaterThan(4);
        assertThat(passageIds(out)).containsExactlyElementsOf(searched);
        assertThat(written).isEqualTo(export.total()).isEqualTo(searched.size());
        assertThat(MAPPER.readTree(out.toByteArray()).get(0).get("link").asText())
                .isEqualTo(BASE_URL + "/documents/paris?passage=" + searched.get(0));
    }

    @Test
    void writesTheRowsOfAPageBeforeItSearchesTheNext() throws IOException {
        Export export = exports(100, 2).prepare(OLDEST_FIRST, ExportFormat.JSON, BASE_URL);
        long before = export.total();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            private boolean added;

            @Override
            public void flush() {
                // Arrives while the export runs: only an exporter that searches page by page can include it.
                if (!added && size() > 0) {
                    added = true;
                    fixture.add(TestIndex.document(
                            "late",
                            "Arrived during the export",
                            DocumentType.MEETING_NOTES,
                            LocalDate.of(2030, 1, 1),
                            "en",
                            "A passage indexed after the first page was written."));
                }
            }
        };

        long written = export.writeTo(out);

        List<String> ids = passageIds(out);
        assertThat(written).isEqualTo(before + 1);
        assertThat(ids).hasSize((int) before + 1).doesNotHaveDuplicates().endsWith("late-0");
    }

    @Test
    void stopsAtTheRowLimit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written =
                exports(3, 2).prepare(OLDEST_FIRST, ExportFormat.JSON, BASE_URL).writeTo(out);

        assertThat(written).isEqualTo(3);
        assertThat(passageIds(out)).hasSize(3);
    }

    @Test
    void exportsPassagesEvenWhenTheSearchAsksForGroupsAndALaterPage() throws IOException {
        SearchRequest grouped = SearchRequest.builder()
                .query("prosecutors")
                .groupByDocument(true)
                .page(3)
                .size(1)
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exports(100, 2).prepare(grouped, ExportFormat.JSON, BASE_URL).writeTo(out);

        assertThat(passageIds(out))
                .containsExactlyElementsOf(fixture.search().search(grouped.passagesAfter(null, 100)).hits().stream()
                        .map(Hit::passageId)
                        .toList())
                .hasSizeGreaterThan(2);
    }

    @Test
    void aBrokenSearchIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> exports(100, 2).prepare(SearchRequest.of("*ismus"), ExportFormat.CSV, BASE_URL))
                .isInstanceOf(InvalidSearchException.class);
    }

    @Test
    void namesTheDownloadByTodayAndTheFormat() {
        assertThat(exports(100, 2).fileName(ExportFormat.CSV)).isEqualTo("lessons-export-2026-11-25.csv");
        assertThat(exports(100, 2).fileName(ExportFormat.MARKDOWN)).isEqualTo("lessons-export-2026-11-25.md");
    }

    private ExportService exports(int maxRows, int pageSize) {
        return new ExportService(
                fixture.search(),
                new ExportProperties(maxRows, pageSize),
                MAPPER,
                TestViewers.unrestricted(),
                NOVEMBER_25);
    }

    private static List<String> passageIds(ByteArrayOutputStream out) throws IOException {
        JsonNode rows = MAPPER.readTree(out.toByteArray());
        return rows.findValuesAsText("passageId");
    }
}
