package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;
import org.lessons.security.Role;
import org.lessons.security.internal.UserAccount;
import org.lessons.testsupport.BadFiles;
import org.lessons.testsupport.RunningLessons;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Ingestion through the running application: the corpus, bad files, uploads, the folder watcher and the library. */
class IngestApiIT extends RunningLessons {
    @Test
    void ingestsTheWholeSampleCorpusAndReportsEachBadFileWithItsReason() {
        // other tests upload into uploads/, so only the bundled corpus and incoming/ are counted exactly
        JsonNode status = get("/api/ingest/status");
        assertThat(status.get("documents").asInt()).isGreaterThanOrEqualTo(SAMPLE_DOCUMENTS);
        assertThat(status.get("passages").asInt()).isGreaterThan(SAMPLE_DOCUMENTS * 5);

        List<String> failures = new ArrayList<>();
        get("/api/ingest/failures")
                .forEach(f -> failures.add(
                        f.get("path").asText() + "=" + f.get("reason").asText()));
        failures.removeIf(failure -> failure.startsWith("uploads/"));
        assertThat(failures)
                .containsExactlyInAnyOrder(
                        "incoming/encrypted-minutes.pdf=encrypted",
                        "incoming/corrupt-report.pdf=corrupt",
                        "incoming/truncated-notes.docx=corrupt",
                        "incoming/meeting-pack.zip=unsupported-type");
    }

    @Test
    void listsDocumentsWithTheirOutcomeAndShowsOneWithItsPassages() throws IOException {
        JsonNode page = get("/api/documents?page=0&size=10");
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(SAMPLE_DOCUMENTS + BAD_FILES);
        assertThat(page.get("items")).hasSize(10);

        JsonNode hit = get("/api/search?q=Oslo+lone+actors").get("hits").get(0);
        String id = hit.get("documentId").asText();
        JsonNode document = get("/api/documents/" + id);
        assertThat(document.get("summary").get("outcome").asText()).isEqualTo("indexed");
        assertThat(document.get("passages").size())
                .isEqualTo(document.get("summary").get("passageCount").asInt());
        assertThat(document.get("passages").get(0).get("ordinal").asInt()).isZero();

        ResponseEntity<byte[]> original = admin.getForEntity("/api/documents/" + id + "/original", byte[].class);
        Path source = CORPUS.resolve(document.get("summary").get("path").asText());
        assertThat(original.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(original.getBody()).isEqualTo(Files.readAllBytes(source));
        assertThat(original.getHeaders().getContentDisposition().getFilename())
                .isEqualTo(source.getFileName().toString());

        ResponseEntity<JsonNode> missing = admin.getForEntity("/api/documents/0000000000000000", JsonNode.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anAdminUploadIsIndexedAndSearchableWhileOtherRolesAreRefused() {
        String marker = "quokkaupload" + Instant.now().toEpochMilli();
        ResponseEntity<JsonNode> uploaded = upload(
                admin,
                "Field notes.md",
                "# Field notes\n\n"
                        + ("Investigators in the " + marker + " case met every week in the same office. ").repeat(4));

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(uploaded.getBody().get("status").asText()).isEqualTo("INDEXED");
        assertThat(uploaded.getBody().get("passages").asInt()).isPositive();
        assertThat(uploaded.getBody().get("path").asText()).startsWith("uploads/");
        assertThat(get("/api/search?q={q}", marker).get("total").asInt()).isPositive();

        accounts.insert(new UserAccount(
                "analyst", encoder.encode("analyst-password-1"), Role.ANALYST, Marking.GREEN, true, Instant.now()));
        TestRestTemplate analyst = anonymous.withBasicAuth("analyst", "analyst-password-1");
        ResponseEntity<JsonNode> refused = upload(analyst, "x.md", "text");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(analyst.postForEntity("/api/admin/retag", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous
                        .withBasicAuth("analyst", "analyst-password-1")
                        .getForEntity("/api/search", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anUploadThatCannotBeReadIsAnsweredWithItsReason() throws IOException {
        ResponseEntity<JsonNode> refused = upload(admin, "minutes.pdf", Files.readString(BadFiles.CORRUPT_PDF));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("reason").asText()).isEqualTo("corrupt");
    }

    @Test
    void filesAddedChangedAndRemovedInTheFolderAreFollowedWithoutRestart() throws IOException {
        Path file = CORPUS.resolve("workshops/2022-11-30_workshop-late-addition.md");
        Files.writeString(
                file, "# Late addition\n\n" + "The wallabyfirst exercise tested referrals to platforms. ".repeat(5));
        await().atMost(Duration.ofSeconds(20)).until(() -> total("wallabyfirst") > 0);

        Files.writeString(file, "# Late addition\n\n" + "The wombatsecond exercise tested takedown orders. ".repeat(5));
        await().atMost(Duration.ofSeconds(20)).until(() -> total("wombatsecond") > 0 && total("wallabyfirst") == 0);

        Files.delete(file);
        await().atMost(Duration.ofSeconds(20)).until(() -> total("wombatsecond") == 0);
    }
}
