package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;
import org.lessons.security.Role;
import org.lessons.security.internal.UserAccount;
import org.lessons.testsupport.FormClient;
import org.lessons.testsupport.RunningLessons;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log on the running application: what users do through the API and the login form is recorded under
 * their name and address with what they asked for, never a password; only administrators read it, and its filters
 * filter. Each test works as users of its own, and entries are written off the request thread, so tests wait for
 * the entry they expect.
 */
class AuditApiIT extends RunningLessons {

    private static final Duration WRITTEN = Duration.ofSeconds(10);

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aFailedSignInIsRecordedUnderTheNameTriedAndThePasswordNowhere() throws Exception {
        String user = newUser("it-audit-canary", Role.ANALYST);
        String canary = "canary-" + UUID.randomUUID();

        assertThat(anonymous
                        .withBasicAuth(user, "wrong-" + canary)
                        .getForEntity("/api/search", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(new FormClient(anonymous.getRootUri())
                        .signIn(user, "wrong-" + canary)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        admin.exchange(
                RequestEntity.post("/api/users")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"username\": \"%s-new\", \"password\": \"new-%s\", \"role\": \"ANALYST\"}"
                                .formatted(user, canary)),
                String.class);
        admin.exchange(
                RequestEntity.put("/api/users/" + user + "-new")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"password\": \"reset-%s\", \"role\": \"CURATOR\"}".formatted(canary)),
                String.class);

        List<String> failures = awaitDetails("user=" + user + "&kind=SIGN_IN_FAILED", 2);
        assertThat(failures)
                .containsExactlyInAnyOrder(
                        "HTTP Basic: wrong username or password", "login form: wrong username or password");
        assertThat(awaitDetails("kind=USER_CHANGE&q=" + user + "-new", 2))
                .containsExactly(
                        "changed '" + user + "-new': role ANALYST -> CURATOR, password reset",
                        "created '" + user + "-new' with the role ANALYST and the clearance TLP:GREEN");
        assertThat(everyValueOfEveryAuditRow()).isNotEmpty().noneMatch(value -> value.contains(canary));
        assertThat(admin.getForObject("/api/audit?size=200", String.class)).doesNotContain(canary);
    }

    @Test
    void searchesDocumentsDownloadsAndExportsAreRecordedAsAskedAndHelperCallsAreNot() {
        String user = newUser("it-audit-reader", Role.ANALYST);
        TestRestTemplate reader = anonymous.withBasicAuth(user, password(user));
        String documentId =
                get("/api/documents?size=1").get("items").get(0).get("id").asText();

        reader.getForObject("/api/search?q={q}&docType=meeting-notes&sort=newest", String.class, "probation");
        reader.getForObject("/api/facets/country?q=probation&prefix=n", String.class);
        reader.getForObject("/api/suggest?prefix=prob", String.class);
        reader.getForObject("/api/documents/{id}", String.class, documentId);
        reader.getForObject("/api/documents/{id}/original", byte[].class, documentId);
        reader.getForObject("/api/export?format=csv&q={q}", String.class, "probation");

        JsonNode entries = awaitEntries("user=" + user, 5);
        assertThat(texts(entries, "kind")).containsExactly("EXPORT", "DOWNLOAD", "DOCUMENT_VIEW", "SEARCH", "SIGN_IN");
        assertThat(texts(entries, "detail"))
                .containsExactly(
                        "csv: q=\"probation\" page=0",
                        documentId,
                        documentId,
                        "q=\"probation\" docType=meeting-notes sort=newest page=0",
                        "signed in to the API with HTTP Basic (recorded once an hour per user and address)");
        assertThat(texts(entries, "clientAddress")).containsOnly("127.0.0.1");
        assertThat(texts(entries, "username")).containsOnly(user);
    }

    @Test
    void theFormsSignInAndSignOutAreRecorded() throws Exception {
        String user = newUser("it-audit-form", Role.CURATOR);
        FormClient browser = new FormClient(anonymous.getRootUri());

        browser.signIn(user, password(user));
        // the page after signing in carries the session's new CSRF token, which signing out needs
        browser.get("/");
        browser.post("/logout", "");

        assertThat(awaitDetails("user=" + user, 2)).containsExactly("signed out", "signed in with the login form");
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        String user = newUser("it-audit-nosy", Role.CURATOR);

        ResponseEntity<JsonNode> refused =
                anonymous.withBasicAuth(user, password(user)).getForEntity("/api/audit", JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("detail").asText()).contains("role does not allow");
    }

    @Test
    void theFiltersFilterAndBadOnesAreRefusedWithTheReason() {
        String user = newUser("it-audit-filtered", Role.ANALYST);
        TestRestTemplate reader = anonymous.withBasicAuth(user, password(user));
        String before = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        reader.getForObject("/api/search?q=prison", String.class);
        reader.getForObject("/api/search?q=probation", String.class);
        reader.getForObject("/api/export?format=json&q=prison", String.class);
        awaitEntries("user=" + user, 4);
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        assertThat(details("user=" + user + "&kind=SEARCH&kind=EXPORT&q=PRISON"))
                .containsExactly("json: q=\"prison\" page=0", "q=\"prison\" page=0");
        assertThat(details("user=" + user + "&kind=search"))
                .containsExactly("q=\"probation\" page=0", "q=\"prison\" page=0");
        assertThat(details("user=" + user + "&from=" + before + "&to=" + today)).hasSize(4);
        assertThat(details("user=" + user + "&to=" + before)).isEmpty();
        assertThat(details("user=" + user + "&from=" + Instant.now().plusSeconds(60)))
                .isEmpty();
        JsonNode page = get("/api/audit?user={user}&size=1&page=1", user);
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(page.get("entries")).hasSize(1);
        assertThat(page.get("entries").get(0).get("detail").asText()).isEqualTo("q=\"probation\" page=0");

        assertRefused("kind=LOOKED_AROUND", "Unknown kind 'LOOKED_AROUND'");
        assertRefused("size=1000", "size between 1 and 200");
        assertRefused("from=yesterday", "'from' must be a date");
        assertRefused("from=" + today + "&to=" + before, "The time range is empty");
    }

    private String newUser(String prefix, Role role) {
        String user = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.insert(
                new UserAccount(user, encoder.encode(password(user)), role, Marking.GREEN, true, Instant.now()));
        return user;
    }

    private static String password(String user) {
        return "password-of-" + user;
    }

    private JsonNode awaitEntries(String filters, int count) {
        return await().atMost(WRITTEN)
                .until(() -> get("/api/audit?" + filters).get("entries"), entries -> entries.size() >= count);
    }

    private List<String> awaitDetails(String filters, int count) {
        return texts(awaitEntries(filters, count), "detail");
    }

    private List<String> details(String filters) {
        return texts(get("/api/audit?" + filters).get("entries"), "detail");
    }

    private void assertRefused(String filters, String reason) {
        ResponseEntity<JsonNode> refused = admin.getForEntity("/api/audit?" + filters, JsonNode.class);
        assertThat(refused.getStatusCode()).as(filters).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").asText()).contains(reason);
    }

    private static List<String> texts(JsonNode entries, String field) {
        List<String> texts = new ArrayList<>();
        entries.forEach(entry -> texts.add(entry.get(field).asText()));
        return texts;
    }

    /** Every column of every row of the audit table, as text, read past the application's own code. */
    private List<String> everyValueOfEveryAuditRow() {
        List<String> values = new ArrayList<>();
        jdbc.sql("select * from audit_log").query(rs -> {
            ResultSetMetaData columns = rs.getMetaData();
            for (int column = 1; column <= columns.getColumnCount(); column++) {
                values.add(String.valueOf(rs.getString(column)));
            }
        });
        return values;
    }
}
