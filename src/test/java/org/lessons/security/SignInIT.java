package org.lessons.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lessons.security.internal.UserAccount;
import org.lessons.testsupport.RunningLessons;
import org.springframework.http.HttpStatus;

/**
 * Signing in and out with the login form, as a browser does it, down to the session cookie: the session is
 * replaced at sign-in (so a session id planted before cannot be used after) and ends at sign-out, and the form
 * answers a locked account exactly as it answers a wrong password. The session cookie is no key to the API,
 * and pages and answers say that no other site may frame them.
 */
class SignInIT extends RunningLessons {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Test
    void signingInReplacesTheSessionAndSigningOutEndsIt() throws Exception {
        Browser browser = new Browser();
        browser.get("/login");
        String before = browser.sessionId();

        HttpResponse<String> signedIn = browser.signIn("admin", PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(HttpStatus.FOUND.value());
        assertThat(signedIn.headers().firstValue("Location")).hasValue(anonymous.getRootUri() + "/");
        String after = browser.sessionId();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(HttpStatus.OK.value());
        assertThat(new Browser(before).get("/").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

        HttpResponse<String> signedOut = browser.post("/logout", "");

        assertThat(signedOut.statusCode()).isEqualTo(HttpStatus.FOUND.value());
        assertThat(new Browser(after).get("/").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void theFormAnswersALockedAccountAsItAnswersAnUnknownUser() throws Exception {
        accounts.insert(new UserAccount(
                "it-form-locked", encoder.encode("form-password-which-works"), Role.ANALYST, true, Instant.now()));
        String unknown = new Browser().signInFailure("it-form-nobody", "whatever-password");
        assertThat(unknown).endsWith("/login?error");

        for (int failure = 1; failure <= 5; failure++) {
            assertThat(new Browser().signInFailure("it-form-locked", "wrong-" + failure))
                    .isEqualTo(unknown);
        }

        assertThat(new Browser().signInFailure("it-form-locked", "form-password-which-works"))
                .isEqualTo(unknown);
        assertThat(anonymous
                        .withBasicAuth("it-form-locked", "form-password-which-works")
                        .getForEntity("/api/search", String.class)
                        .getStatusCode())
                .as("the lock holds at both doors")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /**
     * The API never takes the UI's session cookie as a sign-in, so a page on another site that makes a signed-in
     * browser call it (cross-site request forgery) gets nothing: state-changing calls need HTTP Basic.
     */
    @Test
    void theSessionCookieOfTheUiDoesNotSignInToTheApi() throws Exception {
        Browser browser = new Browser();
        browser.get("/login");
        browser.signIn("admin", PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(HttpStatus.OK.value());

        assertThat(browser.get("/api/search?q=prison").statusCode()).isEqualTo(HttpStatus.UNAUTHORIZED.value());
        assertThat(browser.post("/api/admin/retag", "").statusCode()).isEqualTo(HttpStatus.UNAUTHORIZED.value());
    }

    @Test
    void pagesAndAnswersForbidFramingAndSniffing() throws Exception {
        HttpResponse<String> page = new Browser().get("/login");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<String> answer = new Browser().get("/api/search?q=prison");
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    /** A cookie-keeping client that does not follow redirects, so that each answer can be looked at. */
    private final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private String csrfToken = "";

        Browser() {}

        Browser(String sessionId) {
            HttpCookie session = new HttpCookie("JSESSIONID", sessionId);
            session.setPath("/");
            session.setVersion(0);
            cookies.getCookieStore().add(URI.create(anonymous.getRootUri()), session);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(anonymous.getRootUri() + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrfToken = token.group(1);
            }
            return response;
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            String body = form + (form.isEmpty() ? "" : "&") + "_csrf=" + encode(csrfToken);
            return client.send(
                    HttpRequest.newBuilder(URI.create(anonymous.getRootUri() + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
            get("/login");
            return post("/login", "username=" + encode(username) + "&password=" + encode(password));
        }

        /** Where a refused sign-in sends the browser. */
        String signInFailure(String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> refused = signIn(username, password);
            assertThat(refused.statusCode()).isEqualTo(HttpStatus.FOUND.value());
            return refused.headers().firstValue("Location").orElseThrow();
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow();
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
