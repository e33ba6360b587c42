package org.lessons.testsupport;

import java.util.Map;
import java.util.Optional;
import org.lessons.marking.Marking;
import org.lessons.marking.Viewer;
import org.lessons.marking.Viewers;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is looking, in tests: the real {@link Viewers} over a fixed set of accounts and their clearances. */
public final class TestViewers {

    /** The user of tests that are about something else than markings; cleared for everything. */
    public static final Viewer TESTER = new Viewer("tester", Marking.RED);

    private TestViewers() {}

    /** Viewers of the given enabled accounts and clearances; anyone else is unknown. */
    public static Viewers of(Map<String, Marking> accounts) {
        return new Viewers(username -> Optional.ofNullable(accounts.get(username)));
    }

    /**
     * For tests about something else than markings: whoever no test signed in is {@link #TESTER}, who sees
     * everything. Work run as someone ({@link Viewers#runAs}) and signed-in users still count as themselves.
     */
    public static Viewers unrestricted() {
        return new Viewers(username -> Optional.of(Marking.RED)) {
            @Override
            public Viewer current() {
                Viewer viewer = super.current();
                return viewer.equals(Viewer.UNIDENTIFIED) ? TESTER : viewer;
            }
        };
    }

    /** Signs the user in on this thread, as the login form would. */
    public static void signIn(String username, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, "n/a", AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
