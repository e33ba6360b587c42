package org.lessons.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lessons.search.FacetValue;
import org.lessons.search.InvalidSearchException;
import org.lessons.search.SearchRequest;
import org.lessons.search.SearchResult;
import org.lessons.search.SearchService;

/** The first search page: words, facets with counts, and highlighted passages with their source. */
@Route("")
@PageTitle("Search · Lessons")
@PermitAll
class SearchView extends HorizontalLayout {

    private static final int PAGE_SIZE = 20;
    private static final Map<String, String> DIMENSION_LABELS = Map.ofEntries(
            Map.entry("tool", "Tool"),
            Map.entry("stage", "Stage"),
            Map.entry("kind", "Kind of lesson"),
            Map.entry("country", "Country mentioned"),
            Map.entry("region", "Region"),
            Map.entry("organisation", "Organisation"),
            Map.entry("participantCountry", "Participating country"),
            Map.entry("docType", "Document type"),
            Map.entry("year", "Year"),
            Map.entry("language", "Language"),
            Map.entry("format", "Format"));

    private final SearchService search;
    private final TextField query = new TextField();
    private final VerticalLayout facetPanel = new VerticalLayout();
    private final Span summary = new Span();
    private final Span notice = new Span();
    private final ResultList results = new ResultList();
    private final Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create());
    private final Map<String, CheckboxGroup<FacetValue>> facetGroups = new LinkedHashMap<>();
    private Map<String, List<String>> filters = new LinkedHashMap<>();
    private int page;
    private boolean updatingFacets;

    SearchView(SearchService search) {
        this.search = search;
        addClassName("search-view");
        setSizeFull();
        query.setPlaceholder("Search lessons, e.g. post-release monitoring");
        query.setId("search-query");
        query.setAriaLabel("Search lessons");
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.addKeyPressListener(Key.ENTER, event -> runNewSearch());
        Button go = new Button("Search", click -> runNewSearch());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previous.addClickListener(click -> showPage(page - 1));
        next.addClickListener(click -> showPage(page + 1));
        summary.addClassName("result-summary");
        notice.addClassName("result-notice");
        facetPanel.addClassName("facet-panel");
        facetPanel.setWidth("18rem");
        HorizontalLayout searchBar = new HorizontalLayout(query, go);
        searchBar.setWidthFull();
        VerticalLayout main = new VerticalLayout(
                searchBar, new QueryHelp(), summary, notice, results, new HorizontalLayout(previous, next));
        main.addClassName("result-column");
        add(facetPanel, main);
        setFlexGrow(1, main);
        showPage(0);
    }

    private void runNewSearch() {
        showPage(0);
    }

    private void showPage(int newPage) {
        page = Math.max(0, newPage);
        SearchResult result;
        try {
            result = search.search(SearchRequest.builder()
                    .query(query.getValue())
                    .filters(filters)
                    .page(page)
                    .size(PAGE_SIZE)
                    .build());
        } catch (InvalidSearchException e) {
            notice.setText(e.getMessage());
            return;
        }
        summary.setText(result.total() == 1 ? "1 passage" : result.total() + " passages");
        notice.setText(result.notice() == null ? "" : result.notice());
        results.show(result.hits());
        if (result.hits().isEmpty()) {
            Paragraph empty = new Paragraph("No passage matches. Try fewer words or remove a filter.");
            empty.addClassName("no-results");
            results.add(empty);
        }
        previous.setEnabled(page > 0);
        next.setEnabled((long) (page + 1) * PAGE_SIZE < result.total());
        showFacets(result.facets());
    }

    private void showFacets(Map<String, List<FacetValue>> facets) {
        updatingFacets = true;
        facetPanel.removeAll();
        facetPanel.add(new H2("Filter"));
        facets.forEach((dimension, values) -> {
            CheckboxGroup<FacetValue> group = facetGroups.computeIfAbsent(dimension, this::newGroup);
            group.setItems(values);
            Set<String> selected = Set.copyOf(filters.getOrDefault(dimension, List.of()));
            group.setValue(values.stream()
                    .filter(v -> selected.contains(v.value()))
                    .collect(java.util.stream.Collectors.toSet()));
            if (!values.isEmpty()) {
                facetPanel.add(group);
            }
        });
        updatingFacets = false;
    }

    private CheckboxGroup<FacetValue> newGroup(String dimension) {
        CheckboxGroup<FacetValue> group = new CheckboxGroup<>(DIMENSION_LABELS.getOrDefault(dimension, dimension));
        group.setId("facet-" + dimension);
        group.addThemeName("vertical");
        // narrower tools are indented under their broader tool
        group.setItemLabelGenerator(
                value -> (value.parent() == null ? "" : "\u2003") + value.label() + " (" + value.count() + ")");
        group.addValueChangeListener(change -> {
            if (!updatingFacets && change.isFromClient()) {
                Map<String, List<String>> updated = new LinkedHashMap<>(filters);
                updated.put(
                        dimension,
                        change.getValue().stream()
                                .map(FacetValue::value)
                                .sorted()
                                .toList());
                filters = updated;
                showPage(0);
            }
        });
        return group;
    }

    /** The list of hits: title, where in the document, and the highlighted snippet. */
    static final class ResultList extends Div {
        ResultList() {
            addClassName("result-list");
        }

        void show(List<org.lessons.search.Hit> hits) {
            removeAll();
            hits.forEach(hit -> add(new HitCard(hit)));
        }
    }
}
