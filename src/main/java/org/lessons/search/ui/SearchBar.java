package org.lessons.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.function.Consumer;
import org.lessons.search.SuggestService;
import org.lessons.search.Suggestion;

/**
 * The search field with type-ahead on the word being typed. A tool, country or organisation proposed becomes a
 * filter, which finds every passage tagged with it in any language; a word proposed completes the query.
 */
final class SearchBar extends Div {

    private static final int SUGGESTIONS = 6;

    private final SuggestService suggestions;
    private final Consumer<SearchState> go;
    private final TextField field = new TextField();
    private final UnorderedList proposals = new UnorderedList();
    private SearchState state = SearchState.EMPTY;

    SearchBar(SuggestService suggestions, Consumer<SearchState> go) {
        this.suggestions = suggestions;
        this.go = go;
        addClassName("search-bar");
        field.setId("search-query");
        field.setPlaceholder("Search lessons, e.g. post-release monitoring");
        field.setAriaLabel("Search lessons");
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                propose(change.getValue());
            }
        });
        field.addKeyPressListener(Key.ENTER, enter -> search(field.getValue()));
        field.addKeyDownListener(Key.ESCAPE, escape -> proposals.setVisible(false));
        Button search = new Button("Search", click -> search(field.getValue()));
        search.setId("search-button");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        proposals.addClassName("suggestions");
        proposals.getElement().setAttribute("aria-label", "Suggestions");
        proposals.setVisible(false);
        Div row = new Div(field, search);
        row.addClassName("search-row");
        add(row, proposals);
    }

    void show(SearchState shown) {
        state = shown;
        field.setValue(shown.query());
        proposals.setVisible(false);
    }

    private void search(String words) {
        proposals.setVisible(false);
        go.accept(state.withQuery(words));
    }

    private void propose(String text) {
        proposals.removeAll();
        String typed = lastWord(text);
        suggestions
                .suggest(typed, SUGGESTIONS)
                .forEach(suggestion -> proposals.add(new ListItem(proposal(text, suggestion))));
        proposals.setVisible(proposals.getChildren().findAny().isPresent());
    }

    private Button proposal(String text, Suggestion suggestion) {
        String before =
                text.substring(0, text.length() - lastWord(text).length()).strip();
        Button proposal = new Button();
        proposal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        proposal.addClassName("suggestion");
        if (suggestion.dimension() == null) {
            proposal.setText(suggestion.text() + " (" + suggestion.count() + ")");
            proposal.addClickListener(click -> search((before + " " + suggestion.text()).strip()));
        } else {
            String name = Dimensions.label(suggestion.dimension()).toLowerCase(Locale.ROOT);
            proposal.setText(suggestion.label() + " \u2014 " + name + " (" + suggestion.count() + ")");
            proposal.setAriaLabel("Filter by " + name + " " + suggestion.label());
            proposal.addClickListener(click -> {
                proposals.setVisible(false);
                go.accept(state.withQuery(before).withFilter(suggestion.dimension(), suggestion.value(), true));
            });
        }
        return proposal;
    }

    private static String lastWord(String text) {
        int space = text.lastIndexOf(' ');
        return text.substring(space + 1);
    }
}
