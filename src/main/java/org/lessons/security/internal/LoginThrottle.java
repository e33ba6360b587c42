package org.lessons.security.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Makes password guessing slow and then futile: every failed sign-in waits a moment before it is answered, and
 * a run of wrong passwords locks the account for a while. Spring Security announces each attempt, from the
 * login form and from HTTP Basic alike, so both doors share one count; the count lives in the database so that
 * a restart does not reset it. A successful sign-in clears it.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final UserAccountRepository accounts;
    private final LoginProperties properties;
    private final Clock clock;

    LoginThrottle(UserAccountRepository accounts, LoginProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Wrong passwords and unknown names both arrive here as bad credentials; an unknown name has no row to count
     * in. Locked and disabled accounts are refused without a count but wait just as long.
     */
    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.recordFailedLogin(
                    event.getAuthentication().getName(),
                    properties.maxFailedLogins(),
                    clock.instant().plus(properties.lockout()));
        }
        pause();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.clearFailedLogins(event.getAuthentication().getName());
    }

    private void pause() {
        try {
            Thread.sleep(properties.failedLoginDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.debug("Interrupted while delaying the answer to a failed sign-in", e);
        }
    }
}
