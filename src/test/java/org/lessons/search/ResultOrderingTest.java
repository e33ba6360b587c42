package org.lessons.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessons.testsupport.SearchFixtureTest;

/** Sorting, date ranges, grouping by document and cursor paging. */
class ResultOrderingTest extends SearchFixtureTest {

    @Test
    void sortsByNewestOrOldestDocument() {
        List<LocalDate> newest =
                dates(SearchRequest.builder().sort(SortOrder.NEWEST).size(50).build());
        List<LocalDate> oldest =
                dates(SearchRequest.builder().sort(SortOrder.OLDEST).size(50).build());

        assertThat(newest).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(oldest).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(newest.get(0)).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(oldest.get(0)).isEqualTo(LocalDate.of(2020, 3, 3));
    }

    @Test
    void aDateRangeKeepsDocumentsFromThroughTo() {
        SearchRequest request = SearchRequest.builder()
                .dates(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 6, 30))
                .size(50)
                .build();

        assertThat(dates(request))
                .allSatisfy(date -> assertThat(date).isBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 6, 30)));
        assertThat(fixture.search().search(request).total()).isEqualTo(5);
        assertThatThrownBy(() -> SearchRequest.builder()
                        .dates(LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1))
                        .build())
                .isInstanceOf(InvalidSearchException.class);
    }

    @Test
    void groupingGivesOneHitPerDocumentWithItsMatchCountAndNextPassages() {
        SearchResult grouped = fixture.search()
                .search(SearchRequest.builder()
                        .query("evidence OR prosecutors OR lone")
                        .groupByDocument(true)
                        .build());

        assertThat(grouped.hits()).extracting(Hit::documentId).doesNotHaveDuplicates();
        assertThat(grouped.total()).isEqualTo(grouped.hits().size());
        Hit oslo = grouped.hits().stream()
                .filter(h -> h.documentId().equals("oslo"))
                .findFirst()
                .orElseThrow();
        assertThat(oslo.documentMatches()).isEqualTo(3);
        assertThat(oslo.moreFromDocument()).hasSize(2);
    }

    @Test
    void aCursorWalksThroughEveryHitOnceInEveryOrder() {
        for (SortOrder order : SortOrder.values()) {
            List<String> walked = new ArrayList<>();
            String cursor = null;
            do {
                SearchResult page = fixture.search()
                        .search(SearchRequest.builder()
                                .sort(order)
                                .size(2)
                                .cursor(cursor)
                                .build());
                page.hits().forEach(hit -> walked.add(hit.passageId()));
                cursor = page.cursor();
            } while (cursor != null);

            List<String> all =
                    fixture
                            .search()
                            .search(SearchRequest.builder().sort(order).size(50).build())
                            .hits()
                            .stream()
                            .map(Hit::passageId)
                            .toList();
            assertThat(walked).as(order.name()).containsExactlyElementsOf(all);
        }
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        String cursor =
                fixture.search().search(SearchRequest.builder().size(2).build()).cursor();

        assertThatThrownBy(() -> fixture.search()
                        .search(SearchRequest.builder()
                                .sort(SortOrder.NEWEST)
                                .size(2)
                                .cursor(cursor)
                                .build()))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("first page");
    }

    @Test
    void pagesBeyondTheWindowNeedTheCursor() {
        assertThatThrownBy(() -> SearchRequest.builder().page(600).size(20).build())
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("cursor");
        // a page number from a hand-edited URL must not overflow past the check
        assertThatThrownBy(() ->
                        SearchRequest.builder().page(Integer.MAX_VALUE).size(20).build())
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("cursor");
        assertThat(SearchRequest.builder()
                        .page(600)
                        .size(20)
                        .cursor("x")
                        .build()
                        .cursor())
                .isEqualTo("x");
    }

    private List<LocalDate> dates(SearchRequest request) {
        return fixture.search().search(request).hits().stream().map(Hit::date).toList();
    }
}
