package org.lessons.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.lessons.search.FacetValue;

/** The filters in force as chips above the results: each says what it is and removes itself when clicked. */
final class ActiveFilters extends Div {

    private final Consumer<SearchState> go;

    ActiveFilters(Consumer<SearchState> go) {
        this.go = go;
        addClassName("active-filters");
        getElement().setAttribute("aria-label", "Active filters");
    }

    void show(SearchState state, Map<String, List<FacetValue>> facets) {
        removeAll();
        state.filters()
                .forEach((dimension, values) -> values.forEach(value -> add(chip(
                        Dimensions.label(dimension) + ": " + label(facets, dimension, value),
                        state.withFilter(dimension, value, false)))));
        if (state.from() != null) {
            add(chip("From " + state.from(), state.withDates(null, state.to())));
        }
        if (state.to() != null) {
            add(chip("To " + state.to(), state.withDates(state.from(), null)));
        }
        if (state.isFiltered()) {
            Button clear = new Button("Clear all", click -> go.accept(state.withoutFilters()));
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            clear.addClassName("clear-filters");
            add(clear);
        }
        setVisible(state.isFiltered());
    }

    private Button chip(String text, SearchState without) {
        Button chip = new Button(text, VaadinIcon.CLOSE_SMALL.create(), click -> go.accept(without));
        chip.setIconAfterText(true);
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
        chip.addClassName("filter-chip");
        chip.setAriaLabel("Remove filter " + text);
        return chip;
    }

    private static String label(Map<String, List<FacetValue>> facets, String dimension, String value) {
        return facets.getOrDefault(dimension, List.of()).stream()
                .filter(facet -> facet.value().equals(value))
                .map(FacetValue::label)
                .findFirst()
                .orElse(value);
    }
}
