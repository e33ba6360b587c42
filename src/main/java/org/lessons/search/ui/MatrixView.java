package org.lessons.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lessons.search.FacetValue;
import org.lessons.search.InvalidSearchException;
import org.lessons.search.MatrixService;
import org.lessons.search.SearchService;
import org.lessons.search.ToolCountryMatrix;

/**
 * Tools down, countries across: how many passages of a search speak of each tool in each country, shaded by
 * count, so gaps and clusters show at a glance. A cell opens the search for its tool and country. The search is
 * read from the URL in the search page's own parameters, so a search carries over between the two.
 */
@Route("matrix")
@PageTitle("Matrix · Lessons")
@PermitAll
class MatrixView extends Div implements BeforeEnterObserver {

    /** Shading steps; more would not be told apart, fewer would hide differences. */
    private static final int SHADES = 5;

    private final MatrixService matrices;
    private final SearchService search;
    private final TextField query = new TextField();
    private final Div content = new Div();
    private SearchState state = SearchState.EMPTY;

    MatrixView(MatrixService matrices, SearchService search) {
        this.matrices = matrices;
        this.search = search;
        addClassName("matrix-view");
        query.setId("matrix-query");
        query.setAriaLabel("Words to count passages for");
        query.setPlaceholder("All passages, or the passages of a search");
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.addKeyPressListener(Key.ENTER, enter -> go(state.withQuery(query.getValue())));
        Button count = new Button("Count", click -> go(state.withQuery(query.getValue())));
        count.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(query, count);
        bar.addClassName("search-row");
        content.addClassName("matrix-content");
        add(new H1("Tools by country"), bar, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = SearchState.from(event.getLocation().getQueryParameters(), search.dimensions());
        query.setValue(state.query());
        content.removeAll();
        try {
            show(matrices.toolsByCountry(state.toRequest(1)));
        } catch (InvalidSearchException refused) {
            Paragraph error = new Paragraph(refused.getMessage());
            error.addClassName("search-error");
            error.getElement().setAttribute("role", "alert");
            content.add(error);
        }
    }

    private void go(SearchState changed) {
        getUI().ifPresent(ui -> ui.navigate(MatrixView.class, changed.toParameters()));
    }

    private void show(ToolCountryMatrix matrix) {
        if (matrix.tools().isEmpty() || matrix.countries().isEmpty()) {
            content.add(new Paragraph("No passage of this search is tagged with both a tool and a country."));
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("matrix");
        table.setCaptionText("Passages per tool and country"
                + (state.query().isEmpty() ? "" : " for \u201c" + state.query() + "\u201d")
                + ". Choose a cell to read them.");
        NativeTableRow header = table.getHead().addRow();
        header.addHeaderCell().setText("Tool");
        for (FacetValue country : matrix.countries()) {
            NativeTableHeaderCell column = header.addHeaderCell();
            column.setText(country.label());
            column.getElement().setAttribute("scope", "col");
            column.addClassName("matrix-country");
        }
        long max = Math.max(1, matrix.max());
        for (FacetValue tool : matrix.tools()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(tool.label());
            name.getElement().setAttribute("scope", "row");
            name.addClassName(tool.parent() == null ? "matrix-tool" : "matrix-tool-narrower");
            for (FacetValue country : matrix.countries()) {
                row.add(cell(tool, country, matrix.count(tool.value(), country.value()), max));
            }
        }
        Div scroller = new Div(table);
        scroller.addClassName("matrix-scroller");
        content.add(scroller);
    }

    private NativeTableCell cell(FacetValue tool, FacetValue country, long count, long max) {
        NativeTableCell cell = new NativeTableCell();
        int shade = count == 0 ? 0 : 1 + (int) ((SHADES - 1) * count / max);
        cell.addClassNames("matrix-cell", "shade-" + shade);
        if (count == 0) {
            cell.setText("");
            cell.getElement().setAttribute("aria-label", "none");
            return cell;
        }
        Button open = new Button(Long.toString(count), click -> getUI().ifPresent(ui -> ui.navigate(
                SearchView.class,
                state.withOnly("tool", tool.value())
                        .withOnly("country", country.value())
                        .toParameters())));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.setAriaLabel(count + " passages on " + tool.label() + " in " + country.label());
        cell.add(open);
        return cell;
    }
}
