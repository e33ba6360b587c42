package org.lessons.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessons.search.SortOrder;

class SearchStateTest {

    private static final List<String> DIMENSIONS = List.of("docType", "tool", "country");

    @Test
    void everyPartOfASearchSurvivesTheTripThroughTheUrl() {
        SearchState state = SearchState.EMPTY
                .withQuery("asset freezing")
                .withFilter("country", "NO", true)
                .withFilter("country", "SE", true)
                .withFilter("tool", "asset-freezing", true)
                .withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31))
                .withSort(SortOrder.NEWEST)
                .withGrouped(true)
                .withPage(2);

        String url = state.toParameters().getQueryString();

        assertThat(SearchState.from(QueryParameters.fromString(url), DIMENSIONS))
                .isEqualTo(state);
        assertThat(url.split("&"))
                .containsExactlyInAnyOrder(
                        "q=asset%20freezing",
                        "country=NO",
                        "country=SE",
                        "tool=asset-freezing",
                        "from=2020-01-01",
                        "to=2022-12-31",
                        "sort=newest",
                        "group=document",
                        "page=2");
    }

    @Test
    void theSameFiltersTickedInAnotherOrderGiveTheSameUrl() {
        SearchState one = SearchState.EMPTY.withFilter("tool", "a", true).withFilter("country", "NO", true);
        SearchState other = SearchState.EMPTY.withFilter("country", "NO", true).withFilter("tool", "a", true);

        assertThat(one.toParameters().getQueryString())
                .isEqualTo(other.toParameters().getQueryString());
    }

    @Test
    void changingTheSearchStartsAgainAtTheFirstPage() {
        SearchState third = SearchState.EMPTY.withPage(2);

        assertThat(third.withQuery("jit").page()).isZero();
        assertThat(third.withFilter("tool", "a", true).page()).isZero();
        assertThat(third.withSort(SortOrder.OLDEST).page()).isZero();
    }

    @Test
    void anUnreadableLinkStillOpensASearch() {
        SearchState state = SearchState.from(
                new QueryParameters(Map.of(
                        "q", List.of("jit"),
                        "from", List.of("last year"),
                        "sort", List.of("random"),
                        "page", List.of("x"),
                        "colour", List.of("red"))),
                DIMENSIONS);

        assertThat(state).isEqualTo(SearchState.EMPTY.withQuery("jit"));
    }
}
