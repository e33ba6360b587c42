package org.lessons.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in resists guessing ({@code lessons.security.*}).
 *
 * @param maxFailedLogins failed sign-ins in a row after which an account is locked
 * @param lockout how long a locked account stays locked; long enough to make guessing pointless, short enough
 *     that a person who mistyped can wait it out without an administrator
 * @param failedLoginDelay how long every failed sign-in waits before it is answered, for known and unknown names
 *     alike, so that guesses come slowly and the wait tells nothing about whether the account exists
 * @param verifiedPasswordMemory how long a password that matched is remembered, so that API clients sending it
 *     with every request do not pay bcrypt's cost each time; zero checks every request against the hash
 */
@ConfigurationProperties("lessons.security")
public record LoginProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("1s") Duration failedLoginDelay,
        @DefaultValue("5m") Duration verifiedPasswordMemory) {

    public LoginProperties {
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException(
                    "lessons.security.max-failed-logins must be 1 or more, not " + maxFailedLogins + ".");
        }
        if (lockout.isNegative() || failedLoginDelay.isNegative() || verifiedPasswordMemory.isNegative()) {
            throw new IllegalArgumentException("lessons.security.lockout, lessons.security.failed-login-delay and"
                    + " lessons.security.verified-password-memory cannot be negative.");
        }
    }
}
