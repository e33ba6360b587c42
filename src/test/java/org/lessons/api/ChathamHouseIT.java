package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lessons.testsupport.RunningLessons;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The Chatham House rule end to end through the REST API: a document uploaded with canary names and then held under
 * the rule by an administrator (through {@code PUT /api/documents/{id}/handling}) is searched, opened, downloaded and exported by a TLP:GREEN and a TLP:AMBER user. The GREEN user reads
 * it with "[name withheld]" for every person, and cannot download the original; the AMBER user (at the default
 * attribution clearance) reads the names. Nobody finds the document by a person's name.
 */
class ChathamHouseIT extends RunningLessons {

    private static final String MARKER = "tidewaterchatham";
    private static final String PASSWORD = "chatham-reader-password-7";
    private static final List<String> NAMES = List.of("Quillwren", "Vantorrent", "Kettlebrook", "Amberlyn");

    private String documentId;
    private TestRestTemplate green;
    private TestRestTemplate amber;

    @BeforeAll
    void uploadAChathamHouseDocument() {
        ResponseEntity<JsonNode> uploaded = upload(
                admin,
                "Harbour debrief.md",
                "# Harbour debrief with Dr Quillwren\n\n"
                        + "Dr Oswin Quillwren opened the " + MARKER + " session on online monitoring in Norway.\n\n"
                        + "Marisol Vantorrent (NL) said the " + MARKER + " watch worked with Europol.\n\n"
                        + "Kettlebrook Amberlyn noted that the " + MARKER + " approach needs trust.\n");
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        documentId = uploaded.getBody().get("documentId").asText();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> held = admin.exchange(
                "/api/documents/{id}/handling",
                HttpMethod.PUT,
                new HttpEntity<>("{\"marking\": \"TLP:GREEN\", \"chathamHouse\": true}", json),
                JsonNode.class,
                documentId);
        assertThat(held.getStatusCode()).isEqualTo(HttpStatus.OK);
        green = user("it-chatham-green", "TLP:GREEN");
        amber = user("it-chatham-amber", "TLP:AMBER");
    }

    @Test
    void searchHitsNameNobodyBelowTheAttributionClearance() {
        JsonNode forGreen = green.getForObject("/api/search?q={q}", JsonNode.class, MARKER);
        JsonNode forAmber = amber.getForObject("/api/search?q={q}", JsonNode.class, MARKER);

        assertThat(forGreen.get("total").asInt())
                .as("the same passages, with or without names")
                .isPositive()
                .isEqualTo(forAmber.get("total").asInt());
        assertWithheld(forGreen.get("hits").toString());
        assertThat(forGreen.get("hits").toString()).contains("Europol", "Norway", "<mark>" + MARKER + "</mark>");
        assertShown(forAmber.get("hits").toString());
    }

    @Test
    void aPersonsNameFindsTheDocumentForNobody() {
        for (String name : NAMES) {
            assertThat(green.getForObject("/api/search?q={q}", JsonNode.class, name)
                            .get("total")
                            .asInt())
                    .as(name)
                    .isZero();
            assertThat(amber.getForObject("/api/search?q={q}", JsonNode.class, name)
                            .get("total")
                            .asInt())
                    .as(name)
                    .isZero();
        }
    }

    @Test
    void theDocumentNamesNobodyBelowTheAttributionClearanceAndItsOriginalIsNotOffered() {
        ResponseEntity<JsonNode> forGreen = green.getForEntity("/api/documents/{id}", JsonNode.class, documentId);
        ResponseEntity<JsonNode> forAmber = amber.getForEntity("/api/documents/{id}", JsonNode.class, documentId);

        assertThat(forGreen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertWithheld(forGreen.getBody().toString());
        assertThat(forGreen.getBody().get("summary").get("title").asText())
                .isEqualTo("Harbour debrief with Dr [name withheld]");
        assertThat(forGreen.getBody().toString()).doesNotContain("namesInPassages");
        assertShown(forAmber.getBody().toString());

        ResponseEntity<String> originalForGreen =
                green.getForEntity("/api/documents/{id}/original", String.class, documentId);
        ResponseEntity<String> originalForAmber =
                amber.getForEntity("/api/documents/{id}/original", String.class, documentId);
        assertThat(originalForGreen.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(originalForGreen.getBody()).doesNotContain("Quillwren");
        assertThat(originalForAmber.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(originalForAmber.getBody()).contains("Quillwren");
    }

    @Test
    void everyExportFormatNamesNobodyBelowTheAttributionClearance() {
        for (String format : List.of("csv", "json", "md")) {
            String forGreen = export(green, format);
            String forAmber = export(amber, format);

            assertThat(forGreen).as(format).contains(MARKER);
            assertWithheld(forGreen);
            assertShown(forAmber);
        }
    }

    private static String export(TestRestTemplate user, String format) {
        ResponseEntity<byte[]> response =
                user.getForEntity("/api/export?format={f}&q={q}", byte[].class, format, MARKER);
        assertThat(response.getStatusCode()).as(format).isEqualTo(HttpStatus.OK);
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    private TestRestTemplate user(String username, String clearance) {
        ResponseEntity<JsonNode> created = admin.postForEntity(
                "/api/users",
                Map.of("username", username, "password", PASSWORD, "role", "ANALYST", "clearance", clearance),
                JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return anonymous.withBasicAuth(username, PASSWORD);
    }

    private static void assertWithheld(String shown) {
        for (String name : NAMES) {
            assertThat(shown).as(shown).doesNotContain(name);
        }
        // Markdown escapes the brackets of the placeholder
        assertThat(shown).contains("name withheld");
    }

    private static void assertShown(String shown) {
        assertThat(shown).contains(NAMES.toArray(String[]::new)).doesNotContain("name withheld");
    }
}
