package org.lessons.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.lessons.search.FacetValue;

/**
 * The filters beside the results: a date range, then every dimension that has values for the current search,
 * with their counts. It is rebuilt from each result, so the counts always belong to what is on screen.
 */
final class FacetPanel extends Div {

    private final Consumer<SearchState> go;

    FacetPanel(Consumer<SearchState> go) {
        this.go = go;
        addClassName("facet-panel");
        setId("facet-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Filters");
    }

    /** On a phone the panel is a drawer over the results; elsewhere it is always shown and this does nothing. */
    void setOpen(boolean open) {
        setClassName("open", open);
    }

    boolean isOpen() {
        return hasClassName("open");
    }

    void show(SearchState state, Map<String, List<FacetValue>> facets) {
        removeAll();
        Button close = new Button("Show results", click -> setOpen(false));
        close.addClassName("facet-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Div header = new Div(new H2("Filter"), close);
        header.addClassName("facet-header");
        add(header, dateRange(state));
        Set<String> dimensions = new LinkedHashSet<>();
        Dimensions.inOrder().forEach(dimensions::add);
        dimensions.addAll(facets.keySet());
        for (String dimension : dimensions) {
            List<FacetValue> values = facets.getOrDefault(dimension, List.of());
            if (!values.isEmpty()) {
                add(new FacetGroup(dimension, Dimensions.label(dimension), values, state, go));
            }
        }
    }

    private Div dateRange(SearchState state) {
        DatePicker from = datePicker("From", "date-from", state.from());
        DatePicker to = datePicker("To", "date-to", state.to());
        from.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                go.accept(state.withDates(change.getValue(), state.to()));
            }
        });
        to.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                go.accept(state.withDates(state.from(), change.getValue()));
            }
        });
        Div range = new Div(from, to);
        range.addClassName("date-range");
        return range;
    }

    private static DatePicker datePicker(String label, String id, LocalDate value) {
        DatePicker picker = new DatePicker(label, value);
        picker.setId(id);
        picker.setClearButtonVisible(true);
        picker.setAriaLabel("Document date " + label.toLowerCase(Locale.ROOT));
        picker.setPlaceholder("YYYY-MM-DD");
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        return picker;
    }
}
