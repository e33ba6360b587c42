package org.lessons.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.lessons.testsupport.FormClient;
import org.lessons.testsupport.RunningLessons;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;

/**
 * What the web layer promises a browser: a session cookie that scripts cannot read, that other sites' requests do
 * not carry, and that is only sent over TLS when Lessons is reached over TLS (through a proxy on this host, which
 * the tests play by sending X-Forwarded-Proto); HSTS only over TLS; no Referer to other sites; no H2 console.
 */
class HardenedWebIT extends RunningLessons {

    @Autowired
    private Environment environment;

    @Autowired
    private ApplicationContext context;

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndOverPlainHttpNotSecure() throws Exception {
        HttpResponse<String> page = new FormClient(anonymous.getRootUri()).get("/login");

        String cookie = sessionCookie(page);
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .as("HSTS over plain HTTP would be ignored, and misleading")
                .isEmpty();
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndBrowsersAreToldToStayOnHttps() throws Exception {
        FormClient client = new FormClient(anonymous.getRootUri());
        HttpResponse<String> page = client.send(
                client.request("/login").header("X-Forwarded-Proto", "https").build());
        HttpResponse<String> answer = client.send(client.request("/api/ingest/status")
                .header("X-Forwarded-Proto", "https")
                .header("Authorization", basic("admin", PASSWORD))
                .build());

        assertThat(sessionCookie(page)).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(answer.statusCode()).isEqualTo(HttpStatus.OK.value());
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }

    @Test
    void noAddressTravelsToAnotherSiteInAReferer() throws Exception {
        FormClient client = new FormClient(anonymous.getRootUri());

        assertThat(client.get("/login").headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(client.get("/api/search").headers().firstValue("Referrer-Policy"))
                .hasValue("no-referrer");
        assertThat(client.get("/login").headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    /** Even to a signed-in administrator, /h2-console is only the application's own "nothing here" page. */
    @Test
    void theH2ConsoleIsOff() throws Exception {
        FormClient admin = new FormClient(anonymous.getRootUri());
        admin.signIn("admin", PASSWORD);

        for (String path : new String[] {"/h2-console", "/h2-console/", "/h2-console/login.jsp"}) {
            HttpResponse<String> answer = admin.get(path);
            assertThat(answer.body()).as(path).doesNotContain("H2 Console", "org.h2", "login.do");
        }
        assertThat(environment.getProperty("spring.h2.console.enabled", Boolean.class))
                .isFalse();
        assertThat(context.containsBean("h2Console")).isFalse();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
