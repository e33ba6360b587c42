package org.lessons.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lessons.security.Account;
import org.lessons.security.Role;
import org.lessons.security.UserAdministration;
import org.lessons.security.UserChange;
import org.lessons.security.UserRejectedException;

/**
 * Who may use Lessons: every user with their role and clearance, switched on or off, a password reset, and a form
 * for new users. The rules (password strength, the last administrator) are the service's; this screen only shows its
 * refusals where the administrator is looking.
 */
@Route("admin/users")
@PageTitle("Users · Lessons")
@RolesAllowed("ADMIN")
class UsersView extends Div {

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final UserAdministration users;
    private final Grid<Account> grid = new Grid<>();

    UsersView(UserAdministration users) {
        this.users = users;
        addClassName("users-view");
        grid.setId("users");
        grid.addColumn(Account::username)
                .setKey("username")
                .setHeader("Username")
                .setAutoWidth(true);
        grid.addComponentColumn(this::roleSelect)
                .setKey("role")
                .setHeader("Role")
                .setAutoWidth(true);
        grid.addComponentColumn(this::clearanceSelect)
                .setKey("clearance")
                .setHeader("Clearance")
                .setAutoWidth(true);
        grid.addComponentColumn(this::enableButton)
                .setKey("access")
                .setHeader("Access")
                .setAutoWidth(true);
        grid.addComponentColumn(this::resetButton)
                .setKey("password")
                .setHeader("Password")
                .setAutoWidth(true);
        grid.addColumn(account -> CREATED.format(account.createdAt())).setHeader("Created");
        grid.setAllRowsVisible(true);
        refresh();
        add(
                new H1("Users"),
                new Paragraph("Analysts search, save and export. Curators also upload and re-tag."
                        + " Administrators also manage users and settings. A user's clearance is the most"
                        + " restricted marking they may see; a lowered clearance counts from their next click."),
                grid,
                new H2("New user"),
                new NewUserForm(users, this::refresh));
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    private Component roleSelect(Account account) {
        Select<Role> role = new Select<>();
        role.setItems(Role.values());
        return changing(account, role, "Role", account.role(), UserChange::role);
    }

    private Component clearanceSelect(Account account) {
        return changing(
                account, NewUserForm.clearanceSelect(), "Clearance", account.clearance(), UserChange::clearance);
    }

    /** A select showing one of the account's settings, which saves a value the administrator picks. */
    private <T> Select<T> changing(
            Account account, Select<T> select, String setting, T current, Function<T, UserChange> change) {
        select.setValue(current);
        select.setAriaLabel(setting + " of " + account.username());
        select.addValueChangeListener(changed -> {
            if (changed.isFromClient()) {
                apply(() -> users.update(account.username(), change.apply(changed.getValue())));
            }
        });
        return select;
    }

    private Component enableButton(Account account) {
        Button toggle = new Button(account.enabled() ? "Disable" : "Enable");
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(
                click -> apply(() -> users.update(account.username(), UserChange.enabled(!account.enabled()))));
        return toggle;
    }

    private Component resetButton(Account account) {
        Button reset = new Button("Reset password");
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.addClickListener(click -> new PasswordResetDialog(users, account.username()).open());
        return reset;
    }

    /** Runs a change and shows the list as it now is; a refused change leaves the row as it was. */
    private void apply(Supplier<Account> change) {
        try {
            Account changed = change.get();
            Notification.show("Saved " + changed.username() + ".", 3000, Notification.Position.BOTTOM_START);
        } catch (UserRejectedException refused) {
            Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}
