package org.lessons.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class ViewersTest {

    private final Viewers viewers = new Viewers();

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
        signIn("ana", "ROLE_ANALYST", Marking.AMBER.authority());
        assertThat(viewers.current()).isEqualTo(new Viewer("ana", Marking.AMBER));
    }

    @Test
    void aUserWithoutClearanceSeesOnlyPublicMaterial() {
        signIn("old", "ROLE_ANALYST");
        assertThat(viewers.current()).isEqualTo(new Viewer("old", Marking.CLEAR));
    }

    @Test
    void workOnSomeonesBehalfSeesWhatTheyMaySeeAndNoMoreAfterwards() {
        signIn("admin", "ROLE_ADMIN", Marking.RED.authority());
        Viewer owner = new Viewer("ana", Marking.GREEN);
        assertThat(viewers.runAs(owner, viewers::current)).isEqualTo(owner);
        assertThat(viewers.current().clearance()).isEqualTo(Marking.RED);
    }

    private static void signIn(String name, String... authorities) {
        List<org.springframework.security.core.GrantedAuthority> granted =
                AuthorityUtils.createAuthorityList(authorities);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, "n/a", granted));
    }
}
