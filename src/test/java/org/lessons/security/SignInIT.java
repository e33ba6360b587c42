package org.lessons.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;
import org.lessons.security.internal.UserAccount;
import org.lessons.testsupport.FormClient;
import org.lessons.testsupport.RunningLessons;
import org.springframework.http.HttpStatus;

/**
 * Signing in and out with the login form, as a browser does it, down to the session cookie: the session is
 * replaced at sign-in (so a session id planted before cannot be used after) and ends at sign-out, and the form
 * answers a locked account exactly as it answers a wrong password. A sign-in without the form's CSRF token signs
 * nobody in. The session cookie is no key to the API, and pages and answers say that no other site may frame them.
 */
class SignInIT extends RunningLessons {

    @Test
    void signingInReplacesTheSessionAndSigningOutEndsIt() throws Exception {
        FormClient browser = browser();
        browser.get("/login");
        String before = browser.sessionId();

        HttpResponse<String> signedIn = browser.signIn("admin", PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(HttpStatus.FOUND.value());
        assertThat(signedIn.headers().firstValue("Location")).hasValue(anonymous.getRootUri() + "/");
        String after = browser.sessionId();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(HttpStatus.OK.value());
        assertThat(new FormClient(anonymous.getRootUri(), before)
                        .get("/")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

        HttpResponse<String> signedOut = browser.post("/logout", "");

        assertThat(signedOut.statusCode()).isEqualTo(HttpStatus.FOUND.value());
        assertThat(new FormClient(anonymous.getRootUri(), after)
                        .get("/")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void anAccountDisabledWhileSignedInLosesItsSessionAtTheNextRequest() throws Exception {
        accounts.insert(new UserAccount(
                "it-form-disabled",
                encoder.encode("form-password-for-disabling"),
                Role.ANALYST,
                Marking.GREEN,
                true,
                Instant.now()));
        FormClient browser = browser();
        browser.signIn("it-form-disabled", "form-password-for-disabling");
        assertThat(browser.get("/").statusCode()).isEqualTo(HttpStatus.OK.value());

        admin.put("/api/users/it-form-disabled", java.util.Map.of("enabled", false));

        assertThat(browser.get("/").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void theFormAnswersALockedAccountAsItAnswersAnUnknownUser() throws Exception {
        accounts.insert(new UserAccount(
                "it-form-locked",
                encoder.encode("form-password-which-works"),
                Role.ANALYST,
                Marking.GREEN,
                true,
                Instant.now()));
        String unknown = signInFailure("it-form-nobody", "whatever-password");
        assertThat(unknown).endsWith("/login?error");

        for (int failure = 1; failure <= 5; failure++) {
            assertThat(signInFailure("it-form-locked", "wrong-" + failure)).isEqualTo(unknown);
        }

        assertThat(signInFailure("it-form-locked", "form-password-which-works")).isEqualTo(unknown);
        assertThat(anonymous
                        .withBasicAuth("it-form-locked", "form-password-which-works")
                        .getForEntity("/api/search", String.class)
                        .getStatusCode())
                .as("the lock holds at both doors")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /**
     * Another site's page could post its own account's credentials to the form and so sign a visitor in to the
     * attacker's account (login CSRF), where whatever the visitor then searches or saves is the attacker's to read.
     * A post without the form's token, or with a token of another session, signs nobody in, even with the right
     * password: it is refused, and the browser lands on the sign-in page again.
     */
    @Test
    void aSignInWithoutTheFormsOwnTokenSignsNobodyIn() throws Exception {
        String credentials = FormClient.credentials("admin", PASSWORD);
        FormClient visitor = browser();
        visitor.get("/login");
        FormClient attacker = browser();
        attacker.get("/login");

        HttpResponse<String> withoutToken = visitor.postWithoutToken("/login", credentials);
        HttpResponse<String> withAnotherSessionsToken =
                visitor.postWithoutToken("/login", credentials + "&_csrf=" + attacker.csrfToken());
        HttpResponse<String> withoutSession = browser().postWithoutToken("/login", credentials);

        for (HttpResponse<String> refused : List.of(withoutToken, withAnotherSessionsToken, withoutSession)) {
            assertThat(refused.statusCode()).isEqualTo(HttpStatus.FOUND.value());
            assertThat(refused.headers().firstValue("Location"))
                    .hasValueSatisfying(
                            location -> assertThat(location).contains("/login").doesNotContain("error"));
        }
        assertThat(visitor.get("/").headers().firstValue("Location"))
                .as("still signed out")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(visitor.signIn("admin", PASSWORD).headers().firstValue("Location"))
                .as("the form itself still signs in")
                .hasValueSatisfying(location -> assertThat(location)
                        .startsWith(anonymous.getRootUri() + "/")
                        .doesNotContain("login"));
    }

    /**
     * The API never takes the UI's session cookie as a sign-in, so a page on another site that makes a signed-in
     * browser call it (cross-site request forgery) gets nothing: state-changing calls need HTTP Basic.
     */
    @Test
    void theSessionCookieOfTheUiDoesNotSignInToTheApi() throws Exception {
        FormClient browser = browser();
        browser.get("/login");
        browser.signIn("admin", PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(HttpStatus.OK.value());

        assertThat(browser.get("/api/search?q=prison").statusCode()).isEqualTo(HttpStatus.UNAUTHORIZED.value());
        assertThat(browser.post("/api/admin/retag", "").statusCode()).isEqualTo(HttpStatus.UNAUTHORIZED.value());
    }

    @Test
    void pagesAndAnswersForbidFramingAndSniffing() throws Exception {
        HttpResponse<String> page = browser().get("/login");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<String> answer = browser().get("/api/search?q=prison");
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private FormClient browser() {
        return new FormClient(anonymous.getRootUri());
    }

    /** Where a refused sign-in sends the browser. */
    private String signInFailure(String username, String password) throws Exception {
        HttpResponse<String> refused = browser().signIn(username, password);
        assertThat(refused.statusCode()).isEqualTo(HttpStatus.FOUND.value());
        return refused.headers().firstValue("Location").orElseThrow();
    }
}
