package org.lessons.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client that keeps cookies and the CSRF token of the last page like a browser, and does not follow
 * redirects, so that each answer of the sign-in form can be looked at.
 */
public final class FormClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String rootUri;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private String csrfToken = "";

    public FormClient(String rootUri) {
        this.rootUri = rootUri;
    }

    /** A client that presents the given session cookie, as someone who stole or planted it would. */
    public FormClient(String rootUri, String sessionId) {
        this(rootUri);
        HttpCookie session = new HttpCookie("JSESSIONID", sessionId);
        session.setPath("/");
        session.setVersion(0);
        cookies.getCookieStore().add(URI.create(rootUri), session);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).build());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return response;
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(rootUri + path));
    }

    /** Posts a form with the CSRF token of the last page, as the page's own form would. */
    public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return postWithoutToken(path, form + (form.isEmpty() ? "" : "&") + "_csrf=" + encode(csrfToken));
    }

    /** Posts a form as another site's page would: without this session's CSRF token. */
    public HttpResponse<String> postWithoutToken(String path, String form) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        get("/login");
        return post("/login", credentials(username, password));
    }

    public static String credentials(String username, String password) {
        return "username=" + encode(username) + "&password=" + encode(password);
    }

    /** The CSRF token of the last page, as another site could learn its own. */
    public String csrfToken() {
        return csrfToken;
    }

    public String sessionId() {
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
