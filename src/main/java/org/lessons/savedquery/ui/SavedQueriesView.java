package org.lessons.savedquery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessons.audit.AuditLog;
import org.lessons.savedquery.SavedQuery;
import org.lessons.savedquery.SavedQueryDraft;
import org.lessons.savedquery.SavedQueryService;
import org.lessons.search.InvalidSearchException;

/**
 * The user's saved queries and the shared ones, each with how many passages are new to this user. Running one
 * opens the search screen on it and marks its results seen; "Show only new" lists the new passages without
 * marking them. Only the owner may rename or delete a saved query, or see its webhook log.
 */
@Route("saved-queries")
@PageTitle("Saved queries · Lessons")
@PermitAll
class SavedQueriesView extends Div {

    private final SavedQueryService savedQueries;
    private final AuditLog audit;
    private final String user;
    private final Grid<SavedQuery> grid = new Grid<>(SavedQuery.class, false);
    private final Paragraph empty = new Paragraph("No saved queries yet. Save a search from the Search screen.");

    SavedQueriesView(SavedQueryService savedQueries, AuthenticationContext authentication, AuditLog audit) {
        this.savedQueries = savedQueries;
        this.audit = audit;
        this.user = authentication.getPrincipalName().orElseThrow();
        addClassName("saved-queries-view");
        grid.addColumn(SavedQuery::name).setHeader("Name").setKey("name").setFlexGrow(2);
        grid.addColumn(SavedQuery::owner).setHeader("Owner").setKey("owner");
        grid.addColumn(query -> query.shared() ? "Shared" : "Private").setHeader("Visibility");
        grid.addComponentColumn(SavedQueriesView::badge).setHeader("New").setKey("new");
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setFlexGrow(3);
        grid.setAllRowsVisible(true);
        add(new H2("Saved queries"), empty, grid);
        refresh();
    }

    private void refresh() {
        List<SavedQuery> queries = savedQueries.visibleTo(user);
        grid.setItems(queries);
        empty.setVisible(queries.isEmpty());
    }

    private static Span badge(SavedQuery query) {
        Span badge = new Span(query.newCount() + " new");
        badge.getElement().getThemeList().add(query.newCount() > 0 ? "badge success" : "badge contrast");
        badge.addClassName("new-count");
        return badge;
    }

    private HorizontalLayout actions(SavedQuery query) {
        HorizontalLayout actions = new HorizontalLayout(
                small(new Button("Run", click -> run(query))),
                small(new Button(
                        "Show only new", click -> new NewPassagesDialog(savedQueries, audit, query, user).open())));
        if (query.ownedBy(user)) {
            actions.add(small(new Button("Rename", click -> rename(query))));
            Button delete = small(new Button("Delete", click -> confirmDelete(query)));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
            if (query.webhookUrl() != null) {
                actions.add(
                        small(new Button("Webhook log", click -> new DeliveryLogDialog(savedQueries, query).open())));
            }
        }
        return actions;
    }

    /** Opens the search screen on the saved query; what it finds is no longer new to this user. */
    private void run(SavedQuery query) {
        savedQueries.markSeen(query, user);
        Map<String, List<String>> parameters = new LinkedHashMap<>(query.filters());
        if (!query.q().isEmpty()) {
            parameters.put("q", List.of(query.q()));
        }
        if (!query.sort().equals("relevance")) {
            parameters.put("sort", List.of(query.sort()));
        }
        getUI().ifPresent(ui -> ui.navigate("", new QueryParameters(parameters)));
    }

    private void rename(SavedQuery query) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Rename \u201c" + query.name() + "\u201d");
        TextField name = new TextField("Name", query.name(), "");
        name.setWidthFull();
        name.setId("rename-name");
        Button save = new Button("Rename", click -> {
            try {
                savedQueries.update(
                        query.id(),
                        new SavedQueryDraft(
                                name.getValue(),
                                query.q(),
                                query.filters(),
                                query.sort(),
                                query.shared(),
                                query.webhookUrl()),
                        user);
                dialog.close();
                refresh();
            } catch (InvalidSearchException refused) {
                name.setInvalid(true);
                name.setErrorMessage(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("rename-confirm");
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void confirmDelete(SavedQuery query) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Delete \u201c" + query.name() + "\u201d?");
        dialog.add(new Paragraph(
                query.shared()
                        ? "It is shared: it disappears for everyone who uses it."
                        : "Its webhook log goes with it."));
        Button delete = new Button("Delete", click -> {
            savedQueries.delete(query.id(), user);
            dialog.close();
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.setId("delete-confirm");
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), delete);
        dialog.open();
    }

    private static Button small(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
