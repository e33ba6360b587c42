package org.lessons.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lessons.testsupport.MutableClock;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A password that matched is not checked against bcrypt again for a while; nothing else is remembered. */
class RememberingPasswordEncoderTest {

    private static final PasswordEncoder BCRYPT = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String PASSWORD = "lantern-meadow-quartz";
    private static final String HASH = BCRYPT.encode(PASSWORD);

    private final MutableClock clock = new MutableClock();
    private final CountingEncoder counted = new CountingEncoder();
    private final PasswordEncoder encoder = new RememberingPasswordEncoder(counted, Duration.ofMinutes(5), clock);

    @Test
    void aMatchedPasswordIsNotHashedAgainWithinTheMemory() {
        assertThat(encoder.matches(PASSWORD, HASH)).isTrue();
        assertThat(encoder.matches(PASSWORD, HASH)).isTrue();
        assertThat(encoder.matches(PASSWORD, HASH)).isTrue();

        assertThat(counted.checks.get()).isEqualTo(1);
    }

    @Test
    void aMatchIsCheckedAgainOnceTheMemoryHasPassed() {
        encoder.matches(PASSWORD, HASH);
        clock.advance(Duration.ofMinutes(5));

        assertThat(encoder.matches(PASSWORD, HASH)).isTrue();
        assertThat(counted.checks.get()).isEqualTo(2);
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndAlwaysChecked() {
        encoder.matches(PASSWORD, HASH);

        assertThat(encoder.matches("lantern-meadow-quartz!", HASH)).isFalse();
        assertThat(encoder.matches("lantern-meadow-quartz!", HASH)).isFalse();
        assertThat(counted.checks.get()).isEqualTo(3);
    }

    @Test
    void aChangedPasswordHashForgetsTheOldPassword() {
        encoder.matches(PASSWORD, HASH);
        String newHash = BCRYPT.encode("umbrella-harbour-cinnamon");

        assertThat(encoder.matches(PASSWORD, newHash)).isFalse();
        assertThat(encoder.matches(PASSWORD, BCRYPT.encode(PASSWORD)))
                .as("the same password under a new salt is checked afresh")
                .isTrue();
        assertThat(counted.checks.get()).isEqualTo(3);
    }

    @Test
    void aMemoryOfZeroChecksEveryTime() {
        PasswordEncoder forgetful = new RememberingPasswordEncoder(counted, Duration.ZERO, clock);

        forgetful.matches(PASSWORD, HASH);
        forgetful.matches(PASSWORD, HASH);

        assertThat(counted.checks.get()).isEqualTo(2);
    }

    private static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            return BCRYPT.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return BCRYPT.matches(rawPassword, encodedPassword);
        }
    }
}
