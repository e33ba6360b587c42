package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;
import org.lessons.testsupport.RunningLessons;
import org.lessons.testsupport.WordPackage;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;

/**
 * Canary documents whose markings come from each source (a sidecar, Word metadata, a line in the text, a folder
 * default and the configured default), looked for by users of every clearance on every REST path that shows
 * documents ({@link CanaryPaths}); then a curator's override, obeyed by
 * search at once, audited, and kept when the file changes.
 */
class MarkingSourcesIT extends RunningLessons {

    private static final String PASSWORD = "umbrella-harbour-cinnamon";
    private static final Path FOLDER = CORPUS.resolve("marking-canaries");

    /** Each canary's token, and the marking its source gives it. */
    private static final Map<String, Marking> CANARIES = new LinkedHashMap<>(Map.of(
            "quokkasidecar", Marking.AMBER,
            "numbatmetadata", Marking.AMBER_STRICT,
            "bilbytextline", Marking.RED,
            "dingofolder", Marking.CLEAR,
            "echidnadefault", Marking.GREEN));

    @BeforeAll
    void dropCanariesAndCreateUsers() throws IOException {
        Files.createDirectories(FOLDER.resolve("public"));
        Files.writeString(FOLDER.resolve("sidecar.md.marking"), "marking: TLP:AMBER\n");
        Files.writeString(FOLDER.resolve("sidecar.md"), canary("quokkasidecar"));
        Files.write(
                FOLDER.resolve("metadata.docx"),
                WordPackage.withCustomProperty(canaryWords("numbatmetadata"), "TLP", "TLP:AMBER+STRICT"));
        Files.writeString(FOLDER.resolve("text.md"), "# Canary\n\nTLP:RED\n\n" + canaryWords("bilbytextline"));
        Files.writeString(FOLDER.resolve("public/.marking"), "TLP:CLEAR\n");
        Files.writeString(FOLDER.resolve("public/folder.md"), canary("dingofolder"));
        Files.writeString(FOLDER.resolve("default.md"), canary("echidnadefault"));
        for (Marking clearance : Marking.values()) {
            create(user(clearance), "ANALYST", clearance);
        }
        create("ms-curator", "CURATOR", Marking.AMBER);
        await().atMost(Duration.ofMinutes(1))
                .untilAsserted(() -> CANARIES.forEach((token, marking) ->
                        assertThat(markingsFound(admin, token)).as(token).containsExactly(marking.label())));
    }

    @AfterAll
    void takeOutTheCanaries() {
        FileSystemUtils.deleteRecursively(FOLDER.toFile());
        await().atMost(Duration.ofMinutes(1))
                .until(() -> Stream.concat(CANARIES.keySet().stream(), Stream.of("wallabyedited"))
                        .allMatch(token -> total(token) == 0));
    }

    @Test
    void eachUserFindsExactlyTheCanariesTheirClearanceReaches() {
        for (Marking clearance : Marking.values()) {
            TestRestTemplate user = as(user(clearance));
            List<String> expected = CANARIES.entrySet().stream()
                    .filter(canary -> clearance.permits(canary.getValue()))
                    .map(Map.Entry::getKey)
                    .toList();
            List<String> found = CANARIES.keySet().stream()
                    .filter(token -> !markingsFound(user, token).isEmpty())
                    .toList();
            assertThat(found).as(clearance.label()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void everyRestPathShowsEachUserExactlyTheCanariesTheirClearanceReaches() {
        Map<String, CanaryPaths.Canary> canaries = new LinkedHashMap<>();
        CANARIES.keySet().forEach(token -> canaries.put(token, CanaryPaths.find(admin, token)));
        for (Marking clearance : Marking.values()) {
            TestRestTemplate user = as(user(clearance));
            canaries.forEach((token, canary) -> {
                boolean visible = clearance.permits(CANARIES.get(token));
                assertThat(CanaryPaths.seenBy(user, canary))
                        .as("%s looking for %s (%s)", clearance, token, CANARIES.get(token))
                        .allSatisfy((path, seen) -> assertThat(seen).as(path).isEqualTo(visible));
            });
        }
    }

    @Test
    void aCuratorsOverrideCountsAtOnceIsAuditedAndOutlivesAChangedFile() throws IOException {
        TestRestTemplate curator = as("ms-curator");
        TestRestTemplate clearOnly = as(user(Marking.CLEAR));
        Files.writeString(FOLDER.resolve("override.md.marking"), "marking: TLP:AMBER\n");
        Files.writeString(FOLDER.resolve("override.md"), canary("koalaoverride"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(markingsFound(admin, "koalaoverride"))
                .containsExactly("TLP:AMBER"));
        String id = documentId("marking-canaries/override.md");
        assertThat(markingsFound(clearOnly, "koalaoverride")).isEmpty();

        ResponseEntity<JsonNode> changed = put(curator, id, "{\"marking\": \"TLP:CLEAR\", \"chathamHouse\": true}");

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().get("marking").asText()).isEqualTo("TLP:CLEAR");
        assertThat(changed.getBody().get("chathamHouse").asBoolean()).isTrue();
        assertThat(changed.getBody().get("source").asText()).isEqualTo("override");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(markingsFound(clearOnly, "koalaoverride"))
                .containsExactly("TLP:CLEAR"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(auditDetails(id)).anySatisfy(detail -> assertThat(detail)
                        .isEqualTo(id + ": TLP:AMBER -> TLP:CLEAR, Chatham House no -> yes (override)")));

        Files.writeString(FOLDER.resolve("override.md"), canary("wallabyedited"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(markingsFound(clearOnly, "wallabyedited"))
                .as("the edited file keeps the override")
                .containsExactly("TLP:CLEAR"));

        ResponseEntity<JsonNode> removed =
                curator.exchange("/api/documents/{id}/handling", HttpMethod.DELETE, null, JsonNode.class, id);
        assertThat(removed.getBody().get("marking").asText()).isEqualTo("TLP:AMBER");
        assertThat(removed.getBody().get("source").asText()).isEqualTo("sidecar");
        assertThat(markingsFound(clearOnly, "wallabyedited")).isEmpty();
        assertThat(markingsFound(curator, "wallabyedited")).containsExactly("TLP:AMBER");
    }

    @Test
    void onlyCuratorsAndAdminsChangeMarkingsAndNeverAboveTheirClearance() {
        String id = documentId("marking-canaries/default.md");

        ResponseEntity<JsonNode> byAnalyst = put(as(user(Marking.RED)), id, "{\"marking\": \"TLP:CLEAR\"}");
        ResponseEntity<JsonNode> aboveClearance = put(as("ms-curator"), id, "{\"marking\": \"TLP:RED\"}");
        ResponseEntity<JsonNode> unknownMarking = put(as("ms-curator"), id, "{\"marking\": \"TLP:PURPLE\"}");
        ResponseEntity<JsonNode> hidden =
                put(as("ms-curator"), documentId("marking-canaries/text.md"), "{\"marking\": \"TLP:CLEAR\"}");
        ResponseEntity<JsonNode> missing = put(as("ms-curator"), "0000000000000000", "{\"marking\": \"TLP:CLEAR\"}");

        assertThat(byAnalyst.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(aboveClearance.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(aboveClearance.getBody().get("detail").asText())
                .contains("Your clearance is TLP:AMBER, so you may mark documents up to TLP:AMBER");
        assertThat(unknownMarking.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownMarking.getBody().get("detail").asText()).contains(Marking.labels());
        assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(markingsFound(admin, "echidnadefault")).containsExactly("TLP:GREEN");
    }

    private List<String> markingsFound(TestRestTemplate client, String token) {
        JsonNode answer = client.getForObject("/api/search?q={q}", JsonNode.class, token);
        return answer.get("hits").findValuesAsText("marking").stream()
                .distinct()
                .toList();
    }

    private List<String> auditDetails(String documentId) {
        return get("/api/audit?kind=MARKING_CHANGE&q={q}", documentId)
                .get("entries")
                .findValuesAsText("detail");
    }

    private String documentId(String path) {
        for (JsonNode document : get("/api/documents?page=0&size=200").get("items")) {
            if (document.get("path").asText().equals(path)) {
                return document.get("id").asText();
            }
        }
        throw new AssertionError(path + " is not listed");
    }

    private static ResponseEntity<JsonNode> put(TestRestTemplate client, String id, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange(
                "/api/documents/{id}/handling", HttpMethod.PUT, new HttpEntity<>(body, headers), JsonNode.class, id);
    }

    private void create(String username, String role, Marking clearance) {
        ResponseEntity<JsonNode> created = admin.postForEntity(
                "/api/users",
                Map.of("username", username, "password", PASSWORD, "role", role, "clearance", clearance.label()),
                JsonNode.class);
        assertThat(created.getStatusCode()).as(username).isEqualTo(HttpStatus.CREATED);
    }

    private TestRestTemplate as(String username) {
        return anonymous.withBasicAuth(username, PASSWORD);
    }

    private static String user(Marking clearance) {
        return "ms-"
                + Arrays.stream(clearance.name().split("_"))
                        .map(String::toLowerCase)
                        .reduce((a, b) -> a + b)
                        .orElseThrow();
    }

    private static String canary(String token) {
        return "# Canary " + token + "\n\n" + canaryWords(token);
    }

    private static String canaryWords(String token) {
        return (token + " stands guard in this canary file. ").repeat(6);
    }
}
