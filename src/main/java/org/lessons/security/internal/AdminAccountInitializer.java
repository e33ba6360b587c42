package org.lessons.security.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.lessons.marking.Marking;
import org.lessons.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first account, {@code admin}, when it does not exist yet. Its password comes from
 * {@code LESSONS_ADMIN_PASSWORD}; without one, a random password is generated and logged this once, since
 * there is no other way for the person who started Lessons to learn it. A configured password that the
 * {@link PasswordPolicy} refuses stops the start, whether or not the account exists yet: a weak password in the
 * environment is a mistake to fix, not one to discover after an attacker has.
 */
@Component
class AdminAccountInitializer implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final String configuredPassword;

    AdminAccountInitializer(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            Clock clock,
            @Value("${lessons.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!configuredPassword.isBlank()) {
            policy.problem(configuredPassword).ifPresent(problem -> {
                throw new IllegalStateException(
                        "LESSONS_ADMIN_PASSWORD (lessons.admin-password) cannot be used: " + problem);
            });
        }
        if (accounts.find(ADMIN).isPresent()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        // the first administrator grants every clearance, and must be able to see and re-mark every document
        accounts.insert(
                new UserAccount(ADMIN, encoder.encode(password), Role.ADMIN, Marking.RED, true, clock.instant()));
        if (generated) {
            log.warn("""

                    ************************************************************
                    Created the account 'admin' with the generated password:
                        {}
                    It is shown only this once. Set LESSONS_ADMIN_PASSWORD before
                    the first start to choose it instead.
                    ************************************************************""", password);
        } else {
            log.info("Created the account 'admin' with the password from LESSONS_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
