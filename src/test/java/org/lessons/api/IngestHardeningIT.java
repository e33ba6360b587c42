package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.testsupport.BadFiles;
import org.lessons.testsupport.CallCounter;
import org.lessons.testsupport.RunningLessons;
import org.lessons.testsupport.SimplePdf;
import org.lessons.testsupport.XxeDocuments;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Hostile uploads through the running application: names that try to escape the store, names and declared types
 * that lie about the content, formats not accepted, decompression bombs and XML external entities. Each is
 * answered with its reason, and none costs the server more than a refusal.
 */
class IngestHardeningIT extends RunningLessons {

    @TempDir
    Path temp;

    /** What the tests added to the corpus, taken out again so that other tests count the corpus they expect. */
    private final List<Path> created = new ArrayList<>();

    @AfterAll
    void takeOutWhatWasAdded() throws IOException {
        for (Path path : created) {
            FileSystemUtils.deleteRecursively(path);
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> created.stream()
                .map(path -> CORPUS.relativize(path).toString())
                .allMatch(path -> listed(path).isEmpty()));
    }

    @Test
    void aTextFileNamedAndDeclaredAsAPdfIsReadAsText() {
        String marker = "numbatplain" + System.nanoTime();
        ResponseEntity<JsonNode> uploaded = upload("minutes.pdf", "application/pdf", minutes(marker));

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(uploaded.getBody().get("path").asText()).endsWith("-minutes.txt");
        JsonNode document =
                get("/api/documents/{id}", uploaded.getBody().get("documentId").asText());
        assertThat(document.get("mediaType").asText()).startsWith("text/plain");
        assertThat(document.get("summary").get("format").asText()).isEqualTo("txt");
        assertThat(total(marker)).isPositive();
    }

    @Test
    void aPdfNamedAndDeclaredAsTextIsReadAsAPdf() {
        String marker = "numbatpdf" + System.nanoTime();
        byte[] pdf =
                SimplePdf.withText("The " + marker + " task force met prosecutors every week to review referrals.");
        ResponseEntity<JsonNode> uploaded = upload("notes.txt", "text/plain", pdf);

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(uploaded.getBody().get("path").asText()).endsWith("-notes.pdf");
        JsonNode document =
                get("/api/documents/{id}", uploaded.getBody().get("documentId").asText());
        assertThat(document.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(document.get("passages").toString())
                .contains(marker + " task force")
                .doesNotContain("%PDF");
    }

    @Test
    void aNameThatPointsOutsideTheStoreLandsUnderAGeneratedName() {
        String escape = "escaped-" + System.nanoTime();
        ResponseEntity<JsonNode> uploaded =
                upload("../../../" + escape + ".md", "text/markdown", minutes("Notes on " + escape));

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(uploaded.getBody().get("path").asText()).matches("uploads/[0-9a-f]{16}-" + escape + "\\.md");
        assertThat(CORPUS.resolve("uploads/../../../" + escape + ".md").normalize())
                .doesNotExist();
        assertThat(CORPUS.resolve(uploaded.getBody().get("path").asText())).exists();
    }

    @Test
    void aFormatNotAcceptedIsRefusedNamingItsTypeAndTheAcceptedOnesAndNothingIsKept() throws IOException {
        long stored = storedUploads();

        ResponseEntity<JsonNode> program = upload("minutes.pdf", "application/pdf", BadFiles.WINDOWS_PROGRAM);
        ResponseEntity<JsonNode> archive =
                upload("pack.zip", "application/zip", Files.readAllBytes(BadFiles.nestedZip(temp.resolve("z"), 2)));

        assertThat(program.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(program.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = program.getBody();
        assertThat(problem.get("reason").asText()).isEqualTo("unsupported-type");
        assertThat(problem.get("detectedType").asText()).isEqualTo("application/x-msdownload");
        assertThat(problem.get("allowedTypes").toString()).contains("application/pdf", "message/rfc822");
        assertThat(problem.get("detail").asText())
                .contains("The file's content is application/x-msdownload, whatever its name or declared type says.")
                .contains("Lessons accepts PDF, DOCX, DOC, ODT, RTF, HTML, XHTML, TXT, MD, EML and MSG");
        assertThat(archive.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(archive.getBody().get("detail").asText())
                .contains("application/zip")
                .contains("unpack an archive");
        assertThat(storedUploads()).isEqualTo(stored);
    }

    @Test
    void bombsAreAnsweredWithTheLimitTheyBrokeAndTheServerKeepsServing() throws IOException {
        Map<Path, String> bombs = Map.of(
                BadFiles.nestedEmail(temp.resolve("thread.eml"), 10), "lessons.ingest.max-nesting-depth",
                BadFiles.emailWithAttachments(temp.resolve("notes.eml"), 1500), "lessons.ingest.max-entries",
                BadFiles.docxBomb(temp.resolve("minutes.docx"), 150), "100 times its compressed size");

        bombs.forEach((bomb, limit) -> {
            ResponseEntity<JsonNode> refused = upload(bomb.getFileName().toString(), "text/plain", bytes(bomb));

            assertThat(refused.getStatusCode()).as(limit).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(refused.getBody().get("reason").asText()).isEqualTo("too-large");
            assertThat(refused.getBody().get("detail").asText()).contains(limit);
            String path = refused.getBody().get("path").asText();
            assertThat(get("/api/ingest/failures").findValuesAsText("path")).contains(path);
        });
        assertThat(get("/api/search?q=minutes").get("total").asInt()).isPositive();
    }

    @Test
    void xmlExternalEntitiesNeitherReadTheFileNorCallTheListener() throws IOException {
        String fileCanary = "xxefilecanary" + System.nanoTime();
        String remoteCanary = "xxeremotecanary" + System.nanoTime();
        try (CallCounter listener = new CallCounter(remoteCanary)) {
            Path canary = Files.writeString(temp.resolve("canary.txt"), fileCanary);
            // dropped into the folder together, they are ingested as one batch, as a curator's copy would be
            Path folder = created(CORPUS.resolve("hostile-xxe"));
            Map<String, Path> documents = new XxeDocuments(canary, listener.address()).writeAll(folder);
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> listed("hostile-xxe/").size() == documents.size());

            StringBuilder indexed = new StringBuilder();
            for (JsonNode document : listed("hostile-xxe/")) {
                if (document.get("outcome").asText().equals("indexed")) {
                    indexed.append(get("/api/documents/{id}", document.get("id").asText()));
                }
            }
            assertThat(indexed)
                    .as("the documents indexed")
                    .contains("minutes")
                    .doesNotContain(fileCanary, remoteCanary);
            assertThat(total(fileCanary)).isZero();
            assertThat(total(remoteCanary)).isZero();
            assertThat(listener.calls()).as("calls to the listener").isZero();
        }
    }

    @Test
    void aFileOfAFormatNotAcceptedInTheFolderIsListedWithItsReason() throws IOException {
        Path chart = Files.createDirectories(created(CORPUS.resolve("hostile-dropped")))
                .resolve("chart.png");
        Files.write(chart, BadFiles.PNG_IMAGE);

        await().atMost(Duration.ofSeconds(20)).until(() -> failure("hostile-dropped/chart.png") != null);
        JsonNode failure = failure("hostile-dropped/chart.png");
        assertThat(failure.get("reason").asText()).isEqualTo("unsupported-type");
        assertThat(failure.get("detail").asText())
                .contains("Portable Network Graphics (image/png)")
                .contains("Lessons accepts PDF");
    }

    private ResponseEntity<JsonNode> upload(String name, String declaredType, byte[] content) {
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.parseMediaType(declaredType));
        part.setContentDispositionFormData("file", name);
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new HttpEntity<>(new ByteArrayResource(content), part));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> answer =
                admin.postForEntity("/api/documents", new HttpEntity<>(form, headers), JsonNode.class);
        if (answer.getBody() != null && answer.getBody().hasNonNull("path")) {
            created(CORPUS.resolve(answer.getBody().get("path").asText()));
        }
        return answer;
    }

    private Path created(Path path) {
        created.add(path);
        return path;
    }

    /** The documents, indexed or failed, whose path starts so, among the latest added. */
    private List<JsonNode> listed(String pathPrefix) {
        List<JsonNode> documents = new ArrayList<>();
        for (JsonNode document : get("/api/documents?page=0&size=200").get("items")) {
            if (document.get("path").asText().startsWith(pathPrefix)) {
                documents.add(document);
            }
        }
        return documents;
    }

    private JsonNode failure(String path) {
        for (JsonNode failure : get("/api/ingest/failures")) {
            if (failure.get("path").asText().equals(path)) {
                return failure;
            }
        }
        return null;
    }

    private static byte[] minutes(String marker) {
        return ("Minutes\n\n" + ("The " + marker + " working group reviewed referrals to platforms. ").repeat(4))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long storedUploads() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS.resolve("uploads"))) {
            return files.filter(Files::isRegularFile).count();
        } catch (java.nio.file.NoSuchFileException none) {
            return 0;
        }
    }
}
