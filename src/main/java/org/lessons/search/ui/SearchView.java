package org.lessons.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditLog;
import org.lessons.search.InvalidSearchException;
import org.lessons.search.SearchBookmarks;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchResult;
import org.lessons.search.SearchService;
import org.lessons.search.SortOrder;
import org.lessons.search.SuggestService;

/**
 * The search page. Its whole state is in the URL: every control navigates to the URL of the changed search,
 * and the page draws itself from the URL it is entered with. So a reload, a bookmark, a shared link and the
 * back button all show the same search.
 */
@Route("")
@PageTitle("Search · Lessons")
@PermitAll
class SearchView extends Div implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;

    private final SearchService search;
    private final AuditLog audit;
    private final SearchBar searchBar;
    private final FacetPanel facets = new FacetPanel(this::go);
    private final ActiveFilters activeFilters = new ActiveFilters(this::go);
    private final Span summary = new Span();
    private final Div notice = new Div();
    private final Div error = new Div();
    private final Div results = new Div();
    private final Select<SortOrder> sort = new Select<>();
    private final Checkbox grouped = new Checkbox("One result per document");
    private final Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create());
    private final Span pageInfo = new Span();
    private SearchState state = SearchState.EMPTY;

    SearchView(
            SearchService search,
            SuggestService suggestions,
            SearchBookmarks bookmarks,
            AuthenticationContext authentication,
            AuditLog audit) {
        this.search = search;
        this.audit = audit;
        this.searchBar = new SearchBar(suggestions, this::go);
        addClassName("search-view");
        // on narrow screens the filters are a drawer that this button opens and closes
        Button filters = new Button("Filters", VaadinIcon.FILTER.create(), click -> facets.setOpen(!facets.isOpen()));
        filters.addClassName("facet-toggle");
        filters.getElement().setAttribute("aria-controls", "facet-panel");
        summary.addClassName("result-summary");
        summary.getElement().setAttribute("role", "status");
        sort.setLabel("Sort");
        sort.setItems(SortOrder.values());
        sort.setItemLabelGenerator(SearchView::sortLabel);
        sort.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                go(state.withSort(change.getValue()));
            }
        });
        grouped.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                go(state.withGrouped(change.getValue()));
            }
        });
        Button save = new Button("Save", VaadinIcon.BOOKMARK.create(), click -> new SaveSearchDialog(
                        bookmarks,
                        state.toRequest(PAGE_SIZE),
                        authentication.getPrincipalName().orElseThrow())
                .open());
        save.addClassName("save-search");
        Div toolbar = new Div(filters, summary, sort, grouped, save);
        toolbar.addClassName("result-toolbar");
        notice.addClassName("result-notice");
        error.addClassName("search-error");
        error.getElement().setAttribute("role", "alert");
        results.addClassName("result-list");
        previous.addClickListener(click -> go(state.withPage(state.page() - 1)));
        next.addClickListener(click -> go(state.withPage(state.page() + 1)));
        next.setIconAfterText(true);
        Div pager = new Div(previous, pageInfo, next);
        pager.addClassName("pager");
        Div column = new Div(searchBar, new QueryHelp(), toolbar, activeFilters, error, notice, results, pager);
        column.addClassName("result-column");
        add(facets, column);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = SearchState.from(event.getLocation().getQueryParameters(), search.dimensions());
        show();
    }

    private void go(SearchState changed) {
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, changed.toParameters()));
    }

    private void show() {
        searchBar.show(state);
        sort.setValue(state.sort());
        grouped.setValue(state.grouped());
        SearchResult result;
        try {
            SearchRequest request = state.toRequest(PAGE_SIZE);
            // each search shown is one entry; facet lists and suggestions search for the screen, not the user
            audit.record(AuditKind.SEARCH, request.describe());
            result = search.search(request);
        } catch (InvalidSearchException refused) {
            showRefusal(refused.getMessage());
            return;
        }
        error.setVisible(false);
        summary.setText(summary(result.total(), state.grouped()));
        notice.setText(result.notice() == null ? "" : result.notice());
        notice.setVisible(result.notice() != null);
        facets.show(state, result.facets());
        activeFilters.show(state, result.facets());
        results.removeAll();
        result.hits().forEach(hit -> results.add(new HitCard(hit, state, this::go)));
        if (result.total() == 0) {
            results.add(new NoResults(state, result, this::go));
        } else if (result.hits().isEmpty()) {
            results.add(new Paragraph("This page is past the last result."));
        }
        long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        previous.setEnabled(state.page() > 0);
        next.setEnabled(state.page() + 1 < pages);
        pageInfo.setText(pages > 1 ? "Page " + (state.page() + 1) + " of " + pages : "");
    }

    /** A refused search (too long, a leading wildcard, a date range the wrong way round) says what to change. */
    private void showRefusal(String message) {
        error.setText(message);
        error.setVisible(true);
        summary.setText("");
        notice.setVisible(false);
        // the date range and the chips stay usable, since they are often what needs changing
        facets.show(state, Map.of());
        activeFilters.show(state, Map.of());
        results.removeAll();
        previous.setEnabled(state.page() > 0);
        next.setEnabled(false);
        pageInfo.setText("");
    }

    private static String summary(long total, boolean grouped) {
        String unit = grouped ? "document" : "passage";
        return total == 1 ? "1 " + unit : total + " " + unit + "s";
    }

    private static String sortLabel(SortOrder order) {
        return switch (order) {
            case RELEVANCE -> "Best match";
            case NEWEST -> "Newest first";
            case OLDEST -> "Oldest first";
            case ADDED -> "Recently added";
        };
    }
}
