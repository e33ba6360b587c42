package org.lessons.audit;

import java.time.Clock;
import org.lessons.audit.internal.ApiSignIns;
import org.lessons.audit.internal.CurrentRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins and sign-outs from Spring Security's own announcements, for both doors:
 *
 * <ul>
 *   <li>every sign-in through the login form ({@code SIGN_IN}) and every sign-out ({@code SIGN_OUT});
 *   <li>every failed sign-in, through the form or HTTP Basic ({@code SIGN_IN_FAILED}), under the name that was
 *       tried, with the door and the reason (wrong username or password, locked, disabled);
 *   <li>a successful HTTP Basic sign-in at most once per user and client address per hour ({@link ApiSignIns}):
 *       Basic signs in again on every API call, and one entry per call would bury everything else.
 * </ul>
 *
 * Only the name and the kind of refusal are read from the attempt; its credentials are never looked at.
 */
@Component
class SignInAuditing {

    private final AuditLog audit;
    private final Clock clock;
    private final ApiSignIns apiSignIns = new ApiSignIns();

    SignInAuditing(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void signedInWithTheForm(InteractiveAuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), AuditKind.SIGN_IN, "signed in with the login form");
    }

    /** Also announced for the form, before {@link #signedInWithTheForm}; only the API's are taken here. */
    @EventListener
    void authenticated(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        if (isApi() && apiSignIns.isFirstInWindow(username, CurrentRequest.clientAddress(), clock.instant())) {
            audit.record(
                    username,
                    AuditKind.SIGN_IN,
                    "signed in to the API with HTTP Basic (recorded once an hour per user and address)");
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String door = isApi() ? "HTTP Basic" : "login form";
        audit.record(
                event.getAuthentication().getName(),
                AuditKind.SIGN_IN_FAILED,
                door + ": " + reason(event.getException()));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), AuditKind.SIGN_OUT, "signed out");
    }

    private static String reason(AuthenticationException refusal) {
        if (refusal instanceof BadCredentialsException) {
            return "wrong username or password";
        }
        if (refusal instanceof LockedException) {
            return "the account is locked after too many failed sign-ins";
        }
        if (refusal instanceof DisabledException) {
            return "the account is disabled";
        }
        return "refused (" + refusal.getClass().getSimpleName() + ")";
    }

    private static boolean isApi() {
        return CurrentRequest.path().startsWith("/api/");
    }
}
