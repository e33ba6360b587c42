package org.lessons.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import org.lessons.security.UserAdministration;
import org.lessons.security.UserChange;
import org.lessons.security.UserRejectedException;

/** Sets a new password for someone who lost theirs; it also lifts a lock from too many failed sign-ins. */
class PasswordResetDialog extends Dialog {

    PasswordResetDialog(UserAdministration users, String username) {
        setHeaderTitle("New password for " + username);
        PasswordField password = new PasswordField("New password");
        password.setId("reset-password");
        password.setHelperText("At least 12 characters, and not a common password");
        password.setWidthFull();
        password.setManualValidation(true);
        Button save = new Button("Set password", click -> {
            try {
                users.update(username, UserChange.password(password.getValue()));
                close();
                Notification.show("Password set for " + username + ".", 3000, Notification.Position.BOTTOM_START);
            } catch (UserRejectedException refused) {
                password.setErrorMessage(refused.getMessage());
                password.setInvalid(true);
            }
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(password);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
