package org.lessons.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.lessons.marking.Marking;
import org.lessons.security.Account;
import org.lessons.security.NewUser;
import org.lessons.security.Role;
import org.lessons.security.UserAdministration;
import org.lessons.security.UserRejectedException;

/** Creates a user; a refusal is shown on the field it is about, in the service's words. */
class NewUserForm extends FormLayout {

    private final UserAdministration users;
    private final Runnable created;
    private final TextField username = new TextField("Username");
    private final PasswordField password = new PasswordField("Password");
    private final Select<Role> role = new Select<>();
    private final Select<Marking> clearance = clearanceSelect();

    NewUserForm(UserAdministration users, Runnable created) {
        this.users = users;
        this.created = created;
        addClassName("new-user-form");
        username.setId("new-username");
        username.setHelperText("Lower-case letters, digits, '.', '-' or '_'");
        password.setId("new-password");
        password.setHelperText("At least 12 characters, and not a common password");
        role.setId("new-role");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setValue(Role.ANALYST);
        clearance.setId("new-clearance");
        clearance.setLabel("Clearance");
        clearance.setHelperText("The most restricted marking this user may see");
        clearance.setValue(users.defaultClearance());
        Button create = new Button("Create user", click -> create());
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the service decides what is valid; the fields' own checks would clear its message on the next blur
        username.setManualValidation(true);
        password.setManualValidation(true);
        role.setManualValidation(true);
        add(username, password, role, clearance, create);
    }

    /** The TLP scale to pick a clearance from, least restricted first. */
    static Select<Marking> clearanceSelect() {
        Select<Marking> select = new Select<>();
        select.setItems(Marking.values());
        select.setItemLabelGenerator(Marking::label);
        select.setEmptySelectionAllowed(false);
        return select;
    }

    private void create() {
        List.<HasValidation>of(username, password, role).forEach(field -> field.setInvalid(false));
        try {
            Account account = users.create(
                    new NewUser(username.getValue(), password.getValue(), role.getValue(), clearance.getValue()));
            username.clear();
            password.clear();
            created.run();
            Notification.show("Created " + account.username() + ".", 3000, Notification.Position.BOTTOM_START);
        } catch (UserRejectedException refused) {
            HasValidation field =
                    switch (refused.reason()) {
                        case WEAK_PASSWORD -> password;
                        case INVALID_ROLE -> role;
                        default -> username;
                    };
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        }
    }
}
