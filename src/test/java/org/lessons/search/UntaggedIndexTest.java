package org.lessons.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.index.DocumentType;
import org.lessons.index.LessonIndex;
import org.lessons.testsupport.TestIndex;
import org.lessons.testsupport.TestSearch;

/** A corpus whose passages name no tool yet (a first upload, say) is searchable, with an empty tool facet. */
class UntaggedIndexTest {

    @TempDir
    Path dataDir;

    @Test
    void searchAnswersWhenNoPassageHasAToolTag() throws Exception {
        try (LessonIndex index = TestIndex.open(dataDir)) {
            index.replace(TestIndex.document(
                    "minutes",
                    "Minutes",
                    DocumentType.MEETING_NOTES,
                    LocalDate.of(2022, 1, 12),
                    "en",
                    "The meeting opened at nine and the agenda was adopted."));
            index.commit();
            SearchService search = TestSearch.service(index, TestIndex.tagger(dataDir));

            SearchResult result = search.search(SearchRequest.of("agenda"));

            assertThat(result.hits()).extracting(Hit::passageId).containsExactly("minutes-0");
            assertThat(result.facets().get("tool")).isEmpty();
        }
    }
}
