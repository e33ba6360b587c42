package org.lessons.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lessons.marking.ClearanceDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the UI session of an account that was disabled (or removed from the database) while it was signed in, at
 * its next request: the session would otherwise keep the sign-in it was given for as long as it lives. The
 * request then goes on unauthenticated, so the user meets the login form, where a disabled account is refused.
 * The API keeps no session and checks the account at every request already.
 */
public class SignOutEndedAccounts extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignOutEndedAccounts.class);

    private final ClearanceDirectory directory;
    private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

    public SignOutEndedAccounts(ClearanceDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && directory.clearanceOf(authentication.getName()).isEmpty()) {
            log.info("Signed out '{}': the account is disabled or gone", authentication.getName());
            signOut.logout(request, response, authentication);
        }
        chain.doFilter(request, response);
    }
}
