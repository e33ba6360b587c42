package org.lessons.marking;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells every feature who is looking, from the signed-in user's clearance authority. It fails closed: without a
 * signed-in user, or with one whose clearance is missing, the viewer sees only TLP:CLEAR material. Work done on
 * someone's behalf outside their request (a webhook, a feed) names its viewer with {@link #runAs}.
 */
@Component
public class Viewers {

    private static final ThreadLocal<Viewer> ACTING = new ThreadLocal<>();

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
        Marking clearance = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(Marking::fromAuthority)
                .flatMap(Optional::stream)
                .max(Enum::compareTo)
                .orElse(Marking.CLEAR);
        return new Viewer(authentication.getName(), clearance);
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
