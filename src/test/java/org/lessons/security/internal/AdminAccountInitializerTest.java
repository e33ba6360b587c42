package org.lessons.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;
import org.lessons.security.Role;
import org.lessons.testsupport.TestDatabase;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class AdminAccountInitializerTest {

    private final UserAccountRepository accounts = new UserAccountRepository(TestDatabase.migrated());
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void createsTheAdminWithTheConfiguredPassword() {
        initializer("umbrella-harbour-cinnamon").run(new DefaultApplicationArguments());

        UserAccount admin = accounts.find("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.clearance())
                .as("the first admin may see and re-mark everything")
                .isEqualTo(Marking.RED);
        assertThat(admin.passwordHash()).startsWith("{bcrypt}");
        assertThat(encoder.matches("umbrella-harbour-cinnamon", admin.passwordHash()))
                .isTrue();
    }

    @Test
    void aWeakConfiguredPasswordStopsTheStartAndSaysWhy() {
        assertThatThrownBy(() -> initializer("Password1234").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LESSONS_ADMIN_PASSWORD")
                .hasMessageContaining("common passwords");
        assertThatThrownBy(() -> initializer("admin").run(new DefaultApplicationArguments()))
                .hasMessageContaining("too short");

        assertThat(accounts.find("admin")).isEmpty();
    }

    @Test
    void withoutAConfiguredPasswordTheAdminGetsAGeneratedOne() {
        initializer("").run(new DefaultApplicationArguments());

        assertThat(accounts.find("admin")).isPresent();
    }

    private AdminAccountInitializer initializer(String configuredPassword) {
        return new AdminAccountInitializer(
                accounts, encoder, new PasswordPolicy(), Clock.systemUTC(), configuredPassword);
    }
}
