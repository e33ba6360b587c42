package org.lessons.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.enrich.Tagger;
import org.lessons.index.DocumentType;
import org.lessons.index.LessonIndex;
import org.lessons.search.internal.SearchThreads;
import org.lessons.testsupport.TestIndex;
import org.lessons.testsupport.TestSearch;

/** A search spread over threads answers exactly what the same search on one thread answers. */
class ParallelSearchTest {

    @TempDir
    Path dataDir;

    @Test
    void hitsOrderTotalsAndFacetCountsAreTheSameOnOneThreadAndOnSeveral() throws Exception {
        Tagger tagger = TestIndex.tagger(dataDir);
        SearchThreads oneThread = new SearchThreads(new SearchProperties(1));
        SearchThreads threeThreads = new SearchThreads(new SearchProperties(3));
        try (LessonIndex index = TestIndex.open(dataDir)) {
            indexInSeveralSegments(index);
            SearchService sequential = TestSearch.service(index, tagger, oneThread);
            SearchService parallel = TestSearch.service(index, tagger, threeThreads);
            List<SearchRequest> requests = List.of(
                    SearchRequest.of(""),
                    SearchRequest.of("shared team"),
                    SearchRequest.of("\"probation officers\""),
                    SearchRequest.of("probaton~"),
                    SearchRequest.builder()
                            .query("police")
                            .sort(SortOrder.NEWEST)
                            .build(),
                    SearchRequest.builder().filter("country", "NO").size(5).build(),
                    SearchRequest.builder()
                            .query("case attack")
                            .groupByDocument(true)
                            .build());

            for (SearchRequest request : requests) {
                SearchResult one = sequential.search(request);
                SearchResult several = parallel.search(request);
                assertThat(several.total()).as(request.query()).isEqualTo(one.total());
                assertThat(several.hits()).as(request.query()).isEqualTo(one.hits());
                assertThat(several.facets()).as(request.query()).isEqualTo(one.facets());
                assertThat(parallel.count(request)).isEqualTo(sequential.count(request));
            }
            assertThat(parallel.search(SearchRequest.of("")).total()).isGreaterThan(20);
        } finally {
            oneThread.close();
            threeThreads.close();
        }
    }

    @Test
    void aNegativeNumberOfThreadsIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new SearchProperties(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lessons.search.threads");
    }

    /** Each document committed on its own, so the index has several segments for the threads to share. */
    private static void indexInSeveralSegments(LessonIndex index) {
        String[] countries = {"Norwegian", "Swedish", "French", "German", "Danish"};
        for (int i = 0; i < 8; i++) {
            String country = countries[i % countries.length];
            index.replace(TestIndex.document(
                    "doc-" + i,
                    "Expert meeting " + i,
                    i % 2 == 0 ? DocumentType.MEETING_NOTES : DocumentType.NATIONAL_CONTRIBUTION,
                    LocalDate.of(2019 + i % 5, 1 + i, 10),
                    "en",
                    country + " prosecutors shared evidence through a joint investigation team.",
                    "Post-release monitoring of lone actors needs probation officers who know the case.",
                    "The lesson: " + country + " police monitored the online environment before the attack."));
            index.commit();
        }
    }
}
