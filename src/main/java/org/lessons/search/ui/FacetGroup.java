package org.lessons.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.lessons.search.FacetValue;

/**
 * One facet dimension as a group of checkboxes with counts. A tree dimension (tools) shows its broader values
 * with their narrower ones folded underneath, opened when one of them is ticked; a long list gets a field to
 * find a value in it, since scrolling through sixty countries is not a way to filter.
 */
final class FacetGroup extends Details {

    /** Lists longer than this get a field to find a value within them. */
    static final int FINDABLE_FROM = 10;

    private final List<Row> rows = new ArrayList<>();

    FacetGroup(String dimension, String label, List<FacetValue> values, SearchState state, Consumer<SearchState> go) {
        setSummaryText(label);
        addClassName("facet-group");
        setId("facet-" + dimension);
        Div list = new Div();
        list.addClassName("facet-values");
        list.getElement().setAttribute("role", "group");
        list.getElement().setAttribute("aria-label", label);
        Map<String, Div> childrenOf = new LinkedHashMap<>();
        for (FacetValue value : values) {
            Row row = new Row(
                    value,
                    state.isSelected(dimension, value.value()),
                    selected -> go.accept(state.withFilter(dimension, value.value(), selected)));
            rows.add(row);
            Div parent = value.parent() == null ? list : childrenOf.get(value.parent());
            (parent == null ? list : parent).add(row);
            if (values.stream().anyMatch(v -> value.value().equals(v.parent()))) {
                childrenOf.put(
                        value.value(), row.foldable(values, state.filters().getOrDefault(dimension, List.of())));
            }
        }
        if (values.size() > FINDABLE_FROM) {
            add(finder(label));
        }
        add(list);
        setOpened(true);
    }

    private TextField finder(String label) {
        TextField finder = new TextField();
        finder.setPlaceholder("Find…");
        finder.setAriaLabel("Find a value in " + label);
        finder.setPrefixComponent(VaadinIcon.SEARCH.create());
        finder.setClearButtonVisible(true);
        finder.setValueChangeMode(ValueChangeMode.LAZY);
        finder.addClassName("facet-finder");
        finder.setWidthFull();
        finder.addValueChangeListener(change -> show(change.getValue()));
        return finder;
    }

    /** Shows the values whose label has a word starting with the text, and the broader values above them. */
    private void show(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        rows.forEach(row -> row.setVisible(wanted.isEmpty()));
        if (wanted.isEmpty()) {
            return;
        }
        rows.stream().filter(row -> row.matches(wanted)).forEach(Row::reveal);
    }

    /** One value: its checkbox, and for a broader tool the button that unfolds its narrower tools. */
    private static final class Row extends Div {
        private final FacetValue value;
        private final Checkbox checkbox;

        Row(FacetValue value, boolean selected, Consumer<Boolean> toggle) {
            this.value = value;
            addClassName("facet-row");
            checkbox = new Checkbox(value.label() + " (" + value.count() + ")", selected);
            checkbox.addClassName("facet-value");
            checkbox.getElement().setAttribute("data-value", value.value());
            checkbox.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    toggle.accept(change.getValue());
                }
            });
            add(checkbox);
        }

        /** Adds the fold button and the container for narrower values, opened if any of them is selected. */
        Div foldable(List<FacetValue> all, List<String> selected) {
            Div children = new Div();
            children.addClassName("facet-children");
            boolean open = all.stream().anyMatch(v -> value.value().equals(v.parent()) && selected.contains(v.value()));
            Button fold = new Button();
            fold.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            fold.addClassName("facet-fold");
            fold.setAriaLabel("Narrower values of " + value.label());
            setFolded(fold, children, !open);
            fold.addClickListener(click -> setFolded(fold, children, children.isVisible()));
            addComponentAsFirst(fold);
            add(children);
            return children;
        }

        private static void setFolded(Button fold, Div children, boolean folded) {
            children.setVisible(!folded);
            fold.setIcon((folded ? VaadinIcon.ANGLE_RIGHT : VaadinIcon.ANGLE_DOWN).create());
            fold.getElement().setAttribute("aria-expanded", Boolean.toString(!folded));
        }

        boolean matches(String wanted) {
            String label = value.label().toLowerCase(Locale.ROOT);
            return label.startsWith(wanted)
                    || label.contains(" " + wanted)
                    || value.value().startsWith(wanted);
        }

        /** Shows this row and unfolds the rows above it, so a narrower value found is not hidden in a fold. */
        void reveal() {
            setVisible(true);
            Component parent = getParent().orElse(null);
            while (parent != null && !(parent instanceof FacetGroup)) {
                parent.setVisible(true);
                parent = parent.getParent().orElse(null);
            }
        }
    }
}
