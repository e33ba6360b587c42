package org.lessons.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;
import org.lessons.marking.MarkingProperties;
import org.lessons.security.Account;
import org.lessons.security.Role;
import org.lessons.security.UserAdministration;
import org.lessons.security.internal.PasswordPolicy;
import org.lessons.security.internal.UserAccount;
import org.lessons.security.internal.UserAccountRepository;
import org.lessons.testsupport.TestAudit;
import org.lessons.testsupport.TestDatabase;
import org.lessons.testsupport.ViewTesting;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class UsersViewTest {

    private UserAccountRepository accounts;

    @BeforeEach
    void open() {
        accounts = new UserAccountRepository(TestDatabase.migrated());
        accounts.insert(new UserAccount(
                "admin",
                "{noop}unused",
                Role.ADMIN,
                Marking.RED,
                true,
                Clock.systemUTC().instant()));
        UserAdministration users = new UserAdministration(
                accounts,
                new PasswordPolicy(),
                PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                new MarkingProperties(Marking.GREEN, Marking.GREEN, Marking.AMBER),
                event -> {},
                Clock.systemUTC(),
                TestAudit.log());
        ViewTesting.open(Map.of(UsersView.class, () -> new UsersView(users)));
        UI.getCurrent().navigate("admin/users");
    }

    @AfterEach
    void close() {
        ViewTesting.close();
    }

    @Test
    void aCreatedUserIsListedWithTheChosenRole() {
        fillIn("mara.curator", "umbrella-harbour-cinnamon", Role.CURATOR);
        _click(_get(Button.class, spec -> spec.withId("create-user")));

        assertThat(GridKt._size(grid())).isEqualTo(2);
        Account created = GridKt._get(grid(), 1);
        assertThat(created.username()).isEqualTo("mara.curator");
        assertThat(created.role()).isEqualTo(Role.CURATOR);
        assertThat(created.clearance()).as("the default clearance").isEqualTo(Marking.GREEN);
        assertThat(created.enabled()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("new-username")).getValue())
                .isEmpty();
    }

    @Test
    void aNewUserGetsTheClearanceChosenAndAnAdministratorChangesIt() {
        fillIn("kai", "umbrella-harbour-cinnamon", Role.ANALYST);
        _setValue(_get(Select.class, spec -> spec.withId("new-clearance")), Marking.AMBER);
        _click(_get(Button.class, spec -> spec.withId("create-user")));
        assertThat(accounts.find("kai").orElseThrow().clearance()).isEqualTo(Marking.AMBER);

        @SuppressWarnings("unchecked")
        Select<Marking> clearance = (Select<Marking>) GridKt._getCellComponent(grid(), 1, "clearance");
        assertThat(clearance.getValue()).isEqualTo(Marking.AMBER);
        _setValue(clearance, Marking.CLEAR);

        assertThat(accounts.find("kai").orElseThrow().clearance()).isEqualTo(Marking.CLEAR);
        assertThat(GridKt._get(grid(), 1).clearance()).isEqualTo(Marking.CLEAR);
    }

    @Test
    void aWeakPasswordIsRefusedOnThePasswordFieldAndNobodyIsCreated() {
        fillIn("mara", "short-one", Role.ANALYST);
        _click(_get(Button.class, spec -> spec.withId("create-user")));

        PasswordField password = _get(PasswordField.class, spec -> spec.withId("new-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("too short").contains("12");
        assertThat(GridKt._size(grid())).isEqualTo(1);

        fillIn("mara", "password1234", Role.ANALYST);
        _click(_get(Button.class, spec -> spec.withId("create-user")));

        assertThat(password.getErrorMessage()).contains("common passwords");
        assertThat(GridKt._size(grid())).isEqualTo(1);
    }

    @Test
    void theLastAdministratorCannotBeDisabled() {
        Button disable = (Button) GridKt._getCellComponent(grid(), 0, "access");
        _click(disable);

        NotificationsKt.expectNotifications(
                "'admin' is the last enabled administrator: enable or create another administrator first,"
                        + " or nobody could manage users any more.");
        assertThat(GridKt._get(grid(), 0).enabled()).isTrue();
    }

    private static void fillIn(String username, String password, Role role) {
        _setValue(_get(TextField.class, spec -> spec.withId("new-username")), username);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), password);
        _setValue(_get(Select.class, spec -> spec.withId("new-role")), role);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Account> grid() {
        return _get(Grid.class);
    }
}
