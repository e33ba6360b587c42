package org.lessons.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.lessons.search.SearchResult;

/**
 * What an empty result says: why nothing was found, and the searches that would find something — the spelling
 * correction, or the same words without the filters. (Any of the words is no retry to offer: the search service
 * has already tried it, within the filters, before answering with nothing.)
 */
final class NoResults extends Div {

    NoResults(SearchState state, SearchResult result, Consumer<SearchState> go) {
        addClassName("no-results");
        getElement().setAttribute("role", "status");
        add(new Paragraph(reason(state)));
        Div retries = new Div();
        retries.addClassName("retries");
        if (result.suggestion() != null && !result.suggestion().equals(state.query())) {
            retries.add(retry(
                    "Search for \u201c" + result.suggestion() + "\u201d", state.withQuery(result.suggestion()), go));
        }
        if (state.isFiltered()) {
            retries.add(retry("Search without filters", state.withoutFilters(), go));
        }
        add(retries);
    }

    private static String reason(SearchState state) {
        if (state.query().isEmpty()) {
            return "No passage matches the filters you chose.";
        }
        return state.isFiltered()
                ? "No passage matches \u201c" + state.query() + "\u201d with the filters you chose."
                : "No passage matches \u201c" + state.query()
                        + "\u201d. Check the spelling, or try other or fewer words.";
    }

    private static Button retry(String text, SearchState retried, Consumer<SearchState> go) {
        Button retry = new Button(text, click -> go.accept(retried));
        retry.addClassName("retry");
        return retry;
    }
}
