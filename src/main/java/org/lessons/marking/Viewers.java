package org.lessons.marking;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells every feature who is looking. The signed-in user's clearance is read from the {@link ClearanceDirectory}
 * on every call rather than from the session, so that a lowered clearance or a disabled account counts from the
 * next request on. It fails closed: without a signed-in user, or for an account that is unknown or disabled, the
 * viewer sees only TLP:CLEAR material. Work done on someone's behalf outside their request (a webhook) names its
 * viewer with {@link #runAs}.
 */
@Component
public class Viewers {

    private static final ThreadLocal<Viewer> ACTING = new ThreadLocal<>();

    private final ClearanceDirectory directory;

    public Viewers(ClearanceDirectory directory) {
        this.directory = directory;
    }

    public Viewer current() {
        Viewer acting = ACTING.get();
        if (acting != null) {
            return acting;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Viewer.UNIDENTIFIED;
        }
        String username = authentication.getName();
        return of(username).orElseGet(() -> new Viewer(username, Marking.CLEAR));
    }

    /** The user as a viewer with their clearance as it is now; empty when the account is unknown or disabled. */
    public Optional<Viewer> of(String username) {
        return directory.clearanceOf(username).map(clearance -> new Viewer(username, clearance));
    }

    /** Runs work on behalf of a viewer on this thread, whoever is signed in, and forgets it afterwards. */
    public <T> T runAs(Viewer viewer, Supplier<T> work) {
        Viewer previous = ACTING.get();
        ACTING.set(viewer);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTING.remove();
            } else {
                ACTING.set(previous);
            }
        }
    }
}
