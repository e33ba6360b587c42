package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lessons.testsupport.RunningLessons;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Tags on the real corpus through the REST API, and re-tagging after a vocabulary change. */
class TaggingIT extends RunningLessons {
    @Test
    void passagesAreTaggedWithToolsCountriesOrganisationsAndKindWithEvidence() {
        JsonNode facets = get("/api/search").get("facets");
        assertThat(values(facets.get("tool")))
                .contains(
                        "proscription",
                        "asset-freezing",
                        "online-monitoring",
                        "prison-rehabilitation",
                        "post-release-monitoring",
                        "international-cooperation",
                        "jit");
        assertThat(values(facets.get("country"))).contains("NO", "FR", "DE", "ES", "GB", "US");
        assertThat(values(facets.get("region"))).contains("eu", "nordic", "western-balkans");
        assertThat(values(facets.get("organisation"))).contains("europol", "eurojust");
        assertThat(values(facets.get("kind")))
                .contains("lesson-learned", "good-practice", "gap", "recommendation", "context");
        assertThat(values(facets.get("participantCountry"))).contains("NO", "BE");
        facets.get("tool").forEach(value -> {
            if (value.get("value").asText().equals("asset-freezing")) {
                assertThat(value.get("parent").asText()).isEqualTo("proscription");
            }
        });

        JsonNode hit = get("/api/search?q=asset+freezing&tool=asset-freezing&country=IT")
                .get("hits")
                .get(0);
        assertThat(hit.get("tools").toString()).contains("asset-freezing");
        assertThat(hit.get("countries").toString()).contains("\"value\":\"IT\"", "\"label\":\"Italy\"");
        assertThat(hit.get("kind").has("label")).isTrue();

        JsonNode passages =
                get("/api/documents/" + hit.get("documentId").asText()).get("passages");
        JsonNode tagged = null;
        for (JsonNode passage : passages) {
            if (passage.get("id").asText().equals(hit.get("passageId").asText())) {
                tagged = passage.get("tags");
            }
        }
        assertThat(tagged).isNotNull();
        assertThat(tagged.get("tools").get(0).get("matched").asText()).isNotBlank();
        assertThat(tagged.get("tools").get(0).get("rule").asText()).isNotBlank();
    }

    @Test
    void meetingNotesKeepTheirEventAndParticipatingCountriesApartFromMentionedOnes() {
        JsonNode hit =
                get("/api/search?q=Valletta&docType=meeting-notes").get("hits").get(0);
        JsonNode document = get("/api/documents/" + hit.get("documentId").asText());

        assertThat(document.get("event").asText()).isNotBlank();
        assertThat(document.get("participants").size()).isGreaterThan(3);
        assertThat(get("/api/search?participantCountry=MT").get("total").asInt())
                .isNotEqualTo(get("/api/search?country=MT").get("total").asInt());
    }

    @Test
    void aCuratorEditsTheTaxonomyAndRetaggingChangesResultsWithoutReparsing() throws Exception {
        Path file = CORPUS.resolve("workshops/2022-12-01_workshop-wombat.md");
        Files.writeString(
                file, "# Wombat workshop\n\n" + "Prosecutors applied the wombat protocol to seized chats. ".repeat(5));
        await().atMost(Duration.ofSeconds(20)).until(() -> total("wombat") > 0);
        assertThat(get("/api/search?tool=wombat-protocol").get("total").asInt()).isZero();

        Path override = ROOT.resolve("data/enrich/taxonomy.yaml");
        Files.createDirectories(override.getParent());
        String bundled = new String(RunningLessons.class
                .getResourceAsStream("/enrich/taxonomy.yaml")
                .readAllBytes());
        Files.writeString(override, bundled + """

                  - id: wombat-protocol
                    scheme: tool
                    broader: legal-frameworks
                    label: {en: "Wombat protocol"}
                """);
        try {
            ResponseEntity<JsonNode> accepted = admin.postForEntity("/api/admin/retag", null, JsonNode.class);
            assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            await().atMost(Duration.ofMinutes(1))
                    .until(() -> get("/api/ingest/status").get("state").asText().equals("idle"));

            assertThat(get("/api/search?tool=wombat-protocol").get("total").asInt())
                    .isPositive();
            assertThat(get("/api/search?q=wombat&tool=legal-frameworks")
                            .get("total")
                            .asInt())
                    .isPositive();
        } finally {
            Files.delete(override);
            Files.delete(file);
            admin.postForEntity("/api/admin/retag", null, JsonNode.class);
            await().atMost(Duration.ofMinutes(1))
                    .until(() -> get("/api/ingest/status").get("state").asText().equals("idle"));
        }
    }

    @Test
    void aBrokenTaxonomyIsRefusedWithItsReasonAndChangesNothing() throws Exception {
        Path override = ROOT.resolve("data/enrich/organisations.yaml");
        Files.createDirectories(override.getParent());
        Files.writeString(override, "organisations: [ {id: x} ]\n");
        try {
            ResponseEntity<JsonNode> refused = admin.postForEntity("/api/admin/retag", null, JsonNode.class);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("detail").asText()).contains("organisations.yaml", "label");
        } finally {
            Files.delete(override);
        }
    }
}
