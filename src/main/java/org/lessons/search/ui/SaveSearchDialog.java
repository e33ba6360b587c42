package org.lessons.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.lessons.search.InvalidSearchException;
import org.lessons.search.SearchBookmarks;
import org.lessons.search.SearchRequest;

/** Asks for a name and whether to share, then saves the current search as a saved query. */
class SaveSearchDialog extends Dialog {

    SaveSearchDialog(SearchBookmarks bookmarks, SearchRequest search, String owner) {
        setHeaderTitle("Save this search");
        TextField name = new TextField("Name");
        name.setValue(search.query());
        name.setRequired(true);
        name.setWidthFull();
        Checkbox shared = new Checkbox("Share with all users");
        Button save = new Button("Save", click -> {
            try {
                bookmarks.bookmark(search, name.getValue(), shared.getValue(), owner);
                Notification.show("Saved \u201c" + name.getValue().strip() + "\u201d. Find it under Saved queries.");
                close();
            } catch (InvalidSearchException refused) {
                name.setInvalid(true);
                name.setErrorMessage(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        name.setId("saved-query-name");
        shared.setId("saved-query-shared");
        save.setId("saved-query-save");
        add(name, shared);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
