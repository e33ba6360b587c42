package org.lessons.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;
import org.lessons.marking.MarkingProperties;
import org.lessons.marking.Viewer;
import org.lessons.marking.Viewers;
import org.lessons.security.NewUser;
import org.lessons.security.Role;
import org.lessons.security.UserAdministration;
import org.lessons.security.UserChange;
import org.lessons.testsupport.MutableClock;
import org.lessons.testsupport.TestAudit;
import org.lessons.testsupport.TestDatabase;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Clearances are read as they are now: a change an administrator makes counts at the user's next request. */
class AccountClearancesTest {

    private static final String PASSWORD = "umbrella-harbour-cinnamon";

    private final UserAccountRepository accounts = new UserAccountRepository(TestDatabase.migrated());
    private final MutableClock clock = new MutableClock();
    private final AccountClearances clearances = new AccountClearances(accounts, clock);
    private final Viewers viewers = new Viewers(clearances);
    private UserAdministration users;

    @BeforeEach
    void createUsers() {
        users = new UserAdministration(
                accounts,
                new PasswordPolicy(),
                PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                new MarkingProperties(Marking.GREEN, Marking.GREEN, Marking.AMBER),
                event -> clearances.changed((AccountChanged) event),
                clock,
                TestAudit.log());
        users.create(new NewUser("ana", PASSWORD, Role.ANALYST, Marking.RED));
        users.create(new NewUser("bo", PASSWORD, Role.ANALYST, null));
    }

    @Test
    void aUserWithoutAChosenClearanceGetsTheDefaultOne() {
        assertThat(viewers.of("bo")).contains(new Viewer("bo", Marking.GREEN));
    }

    @Test
    void aLoweredClearanceCountsAtTheNextRequest() {
        assertThat(viewers.of("ana")).contains(new Viewer("ana", Marking.RED));

        users.update("ana", UserChange.clearance(Marking.CLEAR));

        assertThat(viewers.of("ana")).contains(new Viewer("ana", Marking.CLEAR));
    }

    @Test
    void aDisabledAccountHasNoClearanceAtAllFromTheNextRequest() {
        assertThat(clearances.clearanceOf("ana")).contains(Marking.RED);

        users.update("ana", UserChange.enabled(false));

        assertThat(clearances.clearanceOf("ana")).isEmpty();
        assertThat(clearances.clearanceOf("nobody")).isEmpty();
    }

    @Test
    void aChangeMadeBehindLessonsBackCountsWithinTheRememberedTime() {
        assertThat(clearances.clearanceOf("ana")).contains(Marking.RED);
        UserAccount ana = accounts.find("ana").orElseThrow();
        accounts.update(
                new UserAccount("ana", ana.passwordHash(), ana.role(), Marking.GREEN, true, ana.createdAt(), null),
                false);

        clock.advance(AccountClearances.REMEMBERED);

        assertThat(clearances.clearanceOf("ana")).contains(Marking.GREEN);
    }
}
