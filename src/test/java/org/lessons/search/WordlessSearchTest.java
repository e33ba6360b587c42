package org.lessons.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lessons.index.DocumentType;
import org.lessons.testsupport.SearchFixtureTest;
import org.lessons.testsupport.TestIndex;

/**
 * Browsing and facet clicks without words are answered from what the same search found before, until the index
 * changes: then at once from the new index.
 */
class WordlessSearchTest extends SearchFixtureTest {

    @Test
    void aDocumentAddedAfterABrowseIsInTheNextBrowseAndItsCounts() {
        SearchResult before = fixture.search().search(SearchRequest.of(""));
        SearchResult filteredBefore = fixture.search()
                .search(SearchRequest.builder()
                        .filter("docType", "meeting-notes")
                        .build());

        fixture.add(TestIndex.document(
                "vienna",
                "Expert meeting in Vienna",
                DocumentType.MEETING_NOTES,
                LocalDate.of(2023, 5, 4),
                "en",
                "Austrian investigators monitored the online environment before the attack."));
        SearchResult after = fixture.search().search(SearchRequest.of(""));
        SearchResult filteredAfter = fixture.search()
                .search(SearchRequest.builder()
                        .filter("docType", "meeting-notes")
                        .build());

        assertThat(after.total()).isEqualTo(before.total() + 1);
        assertThat(filteredAfter.total()).isEqualTo(filteredBefore.total() + 1);
        assertThat(count(after, "year", "2023")).isEqualTo(1);
        assertThat(count(before, "year", "2023")).isZero();
        assertThat(after.hits()).extracting(Hit::documentId).contains("vienna");
    }

    @Test
    void theSameBrowseAnswersTheSameAndEachPageItsOwnHits() {
        SearchRequest first = SearchRequest.builder().size(2).build();
        SearchRequest second = SearchRequest.builder().size(2).page(1).build();

        SearchResult once = fixture.search().search(first);
        SearchResult again = fixture.search().search(first);
        SearchResult next = fixture.search().search(second);

        assertThat(again).isEqualTo(once);
        assertThat(next.hits()).hasSize(2).doesNotContainAnyElementsOf(once.hits());
        assertThat(next.total()).isEqualTo(once.total());
    }

    private static long count(SearchResult result, String dimension, String value) {
        return result.facets().get(dimension).stream()
                .filter(facet -> facet.value().equals(value))
                .mapToLong(FacetValue::count)
                .sum();
    }
}
