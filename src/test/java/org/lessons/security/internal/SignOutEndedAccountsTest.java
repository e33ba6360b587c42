package org.lessons.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class SignOutEndedAccountsTest {

    private final MockHttpSession session = new MockHttpSession();
    private final MockFilterChain chain = new MockFilterChain();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionOfADisabledAccountEndsAtItsNextRequest() throws Exception {
        signIn("gone");

        new SignOutEndedAccounts(username -> Optional.empty())
                .doFilter(request(), new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(chain.getRequest())
                .as("the request goes on, unauthenticated")
                .isNotNull();
    }

    @Test
    void aSessionOfAnEnabledAccountGoesOn() throws Exception {
        signIn("ana");

        new SignOutEndedAccounts(username -> Optional.of(Marking.GREEN))
                .doFilter(request(), new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName())
                .isEqualTo("ana");
    }

    private MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        return request;
    }

    private static void signIn(String name) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        name, "n/a", AuthorityUtils.createAuthorityList("ROLE_ANALYST")));
    }
}
