package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessons.testsupport.RunningLessons;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Users and roles over {@code /api/users}, the password rules, and sign-in throttling. No test here creates an
 * administrator, so that {@code admin} stays the only one; every user has a name of its own, since the
 * application (and its lockouts) is shared with the other integration tests.
 */
class UsersApiIT extends RunningLessons {

    private static final String GOOD_PASSWORD = "umbrella-harbour-cinnamon";

    @Test
    void anAdminCreatesListsChangesAndDisablesUsers() {
        ResponseEntity<JsonNode> created = create(admin, "it-anna", GOOD_PASSWORD, "ANALYST");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode user = created.getBody();
        assertThat(user.get("username").asText()).isEqualTo("it-anna");
        assertThat(user.get("role").asText()).isEqualTo("ANALYST");
        assertThat(user.get("enabled").asBoolean()).isTrue();
        assertThat(Instant.parse(user.get("createdAt").asText()))
                .isBefore(Instant.now().plusSeconds(1));
        assertThat(user.get("clearance").asText()).as("the default clearance").isEqualTo("TLP:GREEN");
        assertThat(fieldNames(user)).containsExactlyInAnyOrder("username", "role", "clearance", "enabled", "createdAt");
        assertThat(signIn("it-anna", GOOD_PASSWORD)).isEqualTo(HttpStatus.OK);

        JsonNode listed = listed("it-anna");
        assertThat(fieldNames(listed))
                .containsExactlyInAnyOrder("username", "role", "clearance", "enabled", "createdAt");
        assertThat(listed("admin").get("role").asText()).isEqualTo("ADMIN");
        assertThat(listed("admin").get("clearance").asText()).isEqualTo("TLP:RED");

        ResponseEntity<JsonNode> promoted = update(admin, "it-anna", Map.of("role", "CURATOR"));
        assertThat(promoted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(promoted.getBody().get("role").asText()).isEqualTo("CURATOR");
        assertThat(listed("it-anna").get("role").asText()).isEqualTo("CURATOR");

        assertThat(update(admin, "it-anna", Map.of("enabled", false))
                        .getBody()
                        .get("enabled")
                        .asBoolean())
                .isFalse();
        assertThat(signIn("it-anna", GOOD_PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);

        update(admin, "it-anna", Map.of("enabled", true, "password", "lantern-meadow-quartz"));
        assertThat(signIn("it-anna", GOOD_PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(signIn("it-anna", "lantern-meadow-quartz")).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anAdminGivesAndChangesClearances() {
        ResponseEntity<JsonNode> created = admin.postForEntity(
                "/api/users",
                Map.of(
                        "username",
                        "it-cleared",
                        "password",
                        GOOD_PASSWORD,
                        "role",
                        "ANALYST",
                        "clearance",
                        "TLP:AMBER+STRICT"),
                JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("clearance").asText()).isEqualTo("TLP:AMBER+STRICT");
        TestRestTemplate cleared = anonymous.withBasicAuth("it-cleared", GOOD_PASSWORD);
        JsonNode before = cleared.getForObject("/api/search?q=prison", JsonNode.class);
        assertThat(before.get("total").asLong()).isPositive();
        assertThat(before.get("hits").get(0).get("marking").asText())
                .as("the sample corpus")
                .isEqualTo("TLP:GREEN");

        ResponseEntity<JsonNode> lowered = update(admin, "it-cleared", Map.of("clearance", "TLP:CLEAR"));

        assertThat(lowered.getBody().get("clearance").asText()).isEqualTo("TLP:CLEAR");
        assertThat(cleared.getForObject("/api/search?q=prison", JsonNode.class)
                        .get("total")
                        .asLong())
                .as("the lowered clearance counts at the next request")
                .isZero();
        assertThat(listed("it-cleared").get("clearance").asText()).isEqualTo("TLP:CLEAR");
        assertThat(listed("it-cleared").get("role").asText())
                .as("nothing else changed")
                .isEqualTo("ANALYST");
        String accepted = "use one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED.";
        assertProblem(
                update(admin, "it-cleared", Map.of("clearance", "TLP:PURPLE")),
                HttpStatus.BAD_REQUEST,
                "Unknown clearance 'TLP:PURPLE': " + accepted);
        assertProblem(
                admin.postForEntity(
                        "/api/users",
                        Map.of(
                                "username",
                                "it-purple",
                                "password",
                                GOOD_PASSWORD,
                                "role",
                                "ANALYST",
                                "clearance",
                                "SECRET"),
                        JsonNode.class),
                HttpStatus.BAD_REQUEST,
                accepted);
        assertThat(listed("it-cleared").get("clearance").asText()).isEqualTo("TLP:CLEAR");
    }

    @Test
    void refusalsSayWhatToChange() {
        create(admin, "it-taken", GOOD_PASSWORD, "ANALYST");

        assertProblem(create(admin, "it-taken", GOOD_PASSWORD, "ANALYST"), HttpStatus.CONFLICT, "already taken");
        assertProblem(create(admin, "Bad Name!", GOOD_PASSWORD, "ANALYST"), HttpStatus.BAD_REQUEST, "Invalid username");
        assertProblem(
                create(admin, "it-role", GOOD_PASSWORD, "SUPERUSER"),
                HttpStatus.BAD_REQUEST,
                "Unknown role 'SUPERUSER': use one of ADMIN, CURATOR, ANALYST.");
        assertProblem(create(admin, "it-short", "kx9#Lm2!qZ4", "ANALYST"), HttpStatus.BAD_REQUEST, "at least 12");
        assertProblem(create(admin, "it-common", "qwertyuiop123", "ANALYST"), HttpStatus.BAD_REQUEST, "common");
        assertProblem(create(admin, "it-variant", "P@ssw0rd2024!", "ANALYST"), HttpStatus.BAD_REQUEST, "common");
        assertProblem(update(admin, "it-taken", Map.of("password", "password12345")), HttpStatus.BAD_REQUEST, "common");
        assertProblem(update(admin, "it-taken", Map.of()), HttpStatus.BAD_REQUEST, "at least one of");
        assertProblem(update(admin, "it-nobody", Map.of("enabled", false)), HttpStatus.NOT_FOUND, "no user");
        assertThat(signIn("it-taken", GOOD_PASSWORD)).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theLastAdministratorCanBeNeitherDemotedNorDisabled() {
        assertProblem(
                update(admin, "admin", Map.of("role", "ANALYST")), HttpStatus.CONFLICT, "last enabled administrator");
        assertProblem(
                update(admin, "admin", Map.of("enabled", false)), HttpStatus.CONFLICT, "last enabled administrator");
        assertThat(listed("admin").get("role").asText()).isEqualTo("ADMIN");
        assertThat(signIn("admin", PASSWORD)).isEqualTo(HttpStatus.OK);
    }

    @Test
    void onlyAdministratorsManageUsersAndAnalystsNeitherUploadNorRetag() {
        create(admin, "it-analyst", GOOD_PASSWORD, "ANALYST");
        create(admin, "it-curator", GOOD_PASSWORD, "CURATOR");
        TestRestTemplate analyst = anonymous.withBasicAuth("it-analyst", GOOD_PASSWORD);
        TestRestTemplate curator = anonymous.withBasicAuth("it-curator", GOOD_PASSWORD);

        for (TestRestTemplate notAdmin : List.of(analyst, curator)) {
            assertThat(notAdmin.getForEntity("/api/users", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(create(notAdmin, "it-sneaky", GOOD_PASSWORD, "ADMIN").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(update(notAdmin, "it-analyst", Map.of("role", "ADMIN")).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(anonymous.getForEntity("/api/users", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(create(anonymous, "it-sneaky", GOOD_PASSWORD, "ADMIN").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(listed("it-analyst").get("role").asText()).isEqualTo("ANALYST");

        assertThat(upload(analyst, "notes.md", "text").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(analyst.postForEntity("/api/admin/retag", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // a curator gets past the role check to the upload's own rules: an empty file is refused for what it is
        ResponseEntity<JsonNode> empty = upload(curator, "empty.md", "");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody().get("detail").asText()).contains("empty");
    }

    @Test
    void repeatedFailuresLockTheAccountWithTheAnswerAnUnknownUserGets() {
        create(admin, "it-locked", GOOD_PASSWORD, "ANALYST");
        ResponseEntity<String> unknown = attempt("it-nobody-at-all", "wrong-password-1");

        for (int failure = 1; failure <= 5; failure++) {
            long start = System.nanoTime();
            ResponseEntity<String> wrong = attempt("it-locked", "wrong-password-" + failure);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
            assertSameAnswer(wrong, unknown);
        }
        ResponseEntity<String> locked = attempt("it-locked", GOOD_PASSWORD);

        assertSameAnswer(locked, unknown);
        assertThat(accounts.find("it-locked").orElseThrow().lockedUntil()).isAfter(Instant.now());
        await().atMost(LOCKOUT.multipliedBy(3)).pollDelay(LOCKOUT).untilAsserted(() -> assertThat(
                        signIn("it-locked", GOOD_PASSWORD))
                .isEqualTo(HttpStatus.OK));
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        create(admin, "it-forgetful", GOOD_PASSWORD, "ANALYST");

        for (int round = 0; round < 2; round++) {
            for (int failure = 1; failure < 5; failure++) {
                assertThat(signIn("it-forgetful", "not-quite-" + failure)).isEqualTo(HttpStatus.UNAUTHORIZED);
            }
            assertThat(signIn("it-forgetful", GOOD_PASSWORD)).isEqualTo(HttpStatus.OK);
        }
    }

    private static void assertSameAnswer(ResponseEntity<String> actual, ResponseEntity<String> expected) {
        assertThat(actual.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(actual.getBody()).isEqualTo(expected.getBody());
        assertThat(actual.getHeaders().getContentType())
                .isEqualTo(expected.getHeaders().getContentType());
        assertThat(actual.getHeaders().get("WWW-Authenticate"))
                .isEqualTo(expected.getHeaders().get("WWW-Authenticate"));
    }

    private ResponseEntity<String> attempt(String username, String password) {
        return anonymous.withBasicAuth(username, password).getForEntity("/api/search?q=prison", String.class);
    }

    private HttpStatus signIn(String username, String password) {
        return HttpStatus.valueOf(attempt(username, password).getStatusCode().value());
    }

    private static ResponseEntity<JsonNode> create(
            TestRestTemplate client, String username, String password, String role) {
        return client.postForEntity(
                "/api/users", Map.of("username", username, "password", password, "role", role), JsonNode.class);
    }

    private static ResponseEntity<JsonNode> update(TestRestTemplate client, String username, Map<String, ?> change) {
        return client.exchange(
                "/api/users/{username}", HttpMethod.PUT, new HttpEntity<>(change), JsonNode.class, username);
    }

    private JsonNode listed(String username) {
        for (JsonNode user : get("/api/users")) {
            if (user.get("username").asText().equals(username)) {
                return user;
            }
        }
        throw new AssertionError(username + " is not listed");
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String detail) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.getBody().get("detail").asText()).contains(detail);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
