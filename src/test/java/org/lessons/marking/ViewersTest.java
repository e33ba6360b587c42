package org.lessons.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class ViewersTest {

    /** Enabled accounts and their clearances as they are now; anyone else is unknown or disabled. */
    private final Map<String, Marking> accounts = new HashMap<>();

    private final Viewers viewers = new Viewers(username -> Optional.ofNullable(accounts.get(username)));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void nobodySignedInSeesOnlyPublicMaterial() {
        assertThat(viewers.current()).isEqualTo(Viewer.UNIDENTIFIED);
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(viewers.current().clearance()).isEqualTo(Marking.CLEAR);
    }

    @Test
    void aSignedInUserSeesUpToTheirClearance() {
        accounts.put("ana", Marking.AMBER);
        signIn("ana");
        assertThat(viewers.current()).isEqualTo(new Viewer("ana", Marking.AMBER));
    }

    @Test
    void aLoweredClearanceCountsAtOnceForAUserWhoIsStillSignedIn() {
        accounts.put("ana", Marking.RED);
        signIn("ana");
        assertThat(viewers.current().clearance()).isEqualTo(Marking.RED);

        accounts.put("ana", Marking.GREEN);

        assertThat(viewers.current()).isEqualTo(new Viewer("ana", Marking.GREEN));
    }

    @Test
    void aDisabledOrUnknownAccountSeesOnlyPublicMaterial() {
        signIn("gone");
        assertThat(viewers.current()).isEqualTo(new Viewer("gone", Marking.CLEAR));
        assertThat(viewers.of("gone")).isEmpty();
    }

    @Test
    void workOnSomeonesBehalfSeesWhatTheyMaySeeAndNoMoreAfterwards() {
        accounts.put("admin", Marking.RED);
        accounts.put("ana", Marking.GREEN);
        signIn("admin");
        Viewer owner = viewers.of("ana").orElseThrow();
        assertThat(viewers.runAs(owner, viewers::current)).isEqualTo(new Viewer("ana", Marking.GREEN));
        assertThat(viewers.current().clearance()).isEqualTo(Marking.RED);
    }

    private static void signIn(String name) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        name, "n/a", AuthorityUtils.createAuthorityList("ROLE_ANALYST")));
    }
}
