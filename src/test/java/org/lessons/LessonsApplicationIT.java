package org.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lessons.security.Role;
import org.lessons.security.internal.UserAccount;
import org.lessons.security.internal.UserAccountRepository;
import org.lessons.testsupport.BadFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The running application on a temporary data folder and a copy of the sample corpus with broken files
 * among it: every endpoint, the folder watcher, and the sign-in rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LessonsApplicationIT {

    private static final String PASSWORD = "integration-admin-password";
    private static final Path ROOT = createRoot();
    private static final Path CORPUS = ROOT.resolve("corpus");
    private static final int SAMPLE_DOCUMENTS = countSampleDocuments();
    private static final int BAD_FILES = 4;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    private TestRestTemplate admin;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.copyRecursively(Path.of("corpus"), CORPUS);
        BadFiles.copyAllInto(CORPUS.resolve("incoming"));
        registry.add("lessons.data-dir", () -> ROOT.resolve("data").toString());
        registry.add("lessons.corpus-dir", CORPUS::toString);
        registry.add("lessons.admin-password", () -> PASSWORD);
        registry.add("lessons.ingest.quiet-period", () -> "200ms");
    }

    @BeforeAll
    void waitForTheFirstIngest() {
        admin = anonymous.withBasicAuth("admin", PASSWORD);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode status = get("/api/ingest/status");
            return status.get("state").asText().equals("idle")
                    && status.get("documents").asInt() + status.get("failed").asInt() >= SAMPLE_DOCUMENTS + BAD_FILES;
        });
    }

    @Test
    void healthIsPublicAndEverythingElseNeedsSignIn() throws Exception {
        assertThat(anonymous.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> refused = anonymous.getForEntity("/api/search?q=prison", JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(refused.getBody().get("detail").asText()).contains("HTTP Basic");
        assertThat(anonymous.withBasicAuth("admin", "wrong").getForEntity("/api/search", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(uiWithoutSignIn().headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    private HttpResponse<Void> uiWithoutSignIn() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create(anonymous.getRootUri() + "/")).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void ingestsTheWholeSampleCorpusAndReportsEachBadFileWithItsReason() {
        // other tests upload into uploads/, so only the bundled corpus and incoming/ are counted exactly
        JsonNode status = get("/api/ingest/status");
        assertThat(status.get("documents").asInt()).isGreaterThanOrEqualTo(SAMPLE_DOCUMENTS);
        assertThat(status.get("passages").asInt()).isGreaterThan(SAMPLE_DOCUMENTS * 5);

        List<String> failures = new ArrayList<>();
        get("/api/ingest/failures").forEach(f -> failures.add(f.get("path").asText() + "=" + f.get("reason").asText()));
        failures.removeIf(failure -> failure.startsWith("uploads/"));
        assertThat(failures).containsExactlyInAnyOrder(
                "incoming/encrypted-minutes.pdf=encrypted",
                "incoming/corrupt-report.pdf=corrupt",
                "incoming/truncated-notes.docx=corrupt",
                "incoming/meeting-pack.zip=too-large");
    }

    @Test
    void searchAnswersWithHighlightedPassagesAndFacets() {
        JsonNode result = get("/api/search?q=post-release+monitoring&size=5");

        assertThat(result.get("total").asInt()).isGreaterThan(5);
        assertThat(result.get("size").asInt()).isEqualTo(5);
        JsonNode hit = result.get("hits").get(0);
        for (String field : List.of("passageId", "documentId", "title", "section", "page", "snippet", "date", "language", "docType")) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(hit.get("snippet").asText()).contains("<mark>");
        assertThat(values(result.get("facets").get("docType")))
                .contains("meeting-notes", "guide-draft", "national-contribution");
    }

    @Test
    void browsingShowsEveryDimensionIncludingTheLanguagesOfTheCorpus() {
        JsonNode facets = get("/api/search").get("facets");

        assertThat(values(facets.get("language"))).contains("en", "fr", "de", "es");
        assertThat(values(facets.get("year"))).contains("2020", "2021", "2022");
        assertThat(values(facets.get("format"))).contains("pdf", "docx", "doc", "odt", "rtf", "html", "md", "txt", "eml");
        assertThat(values(facets.get("docType"))).containsExactlyInAnyOrder(
                "meeting-notes", "guide-draft", "national-contribution", "other");
    }

    @Test
    void filtersCombineOrWithinADimensionAndAndAcrossDimensions() {
        JsonNode result = get("/api/search?docType=national-contribution&year=2020&year=2022&size=100");

        assertThat(result.get("total").asInt()).isPositive();
        result.get("hits").forEach(hit -> {
            assertThat(hit.get("docType").asText()).isEqualTo("national-contribution");
            assertThat(hit.get("date").asText()).matches("(2020|2022)-.*");
        });
        assertThat(values(result.get("facets").get("year"))).contains("2021");
    }

    @Test
    void findsFrenchGermanAndSpanishPassagesInTheirOwnWords() {
        assertThat(get("/api/search?q=autorités+françaises&language=fr").get("total").asInt()).isPositive();
        assertThat(get("/api/search?q=Vereinsverbote&language=de").get("total").asInt()).isPositive();
        assertThat(get("/api/search?q=cooperación+internacional&language=es").get("total").asInt()).isPositive();
    }

    @Test
    void aBrokenQueryIsAnsweredNeverWithAServerError() {
        ResponseEntity<JsonNode> broken = admin.getForEntity("/api/search?q=prison AND (", JsonNode.class);
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(broken.getBody().get("notice").asText()).contains("plain words");

        ResponseEntity<JsonNode> tooDeep = admin.getForEntity("/api/search?page=5000&size=100", JsonNode.class);
        assertThat(tooDeep.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooDeep.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(tooDeep.getBody().get("detail").asText()).contains("narrow the search");
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
        assertThat(document.get("passages").size()).isEqualTo(document.get("summary").get("passageCount").asInt());
        assertThat(document.get("passages").get(0).get("ordinal").asInt()).isZero();

        ResponseEntity<byte[]> original = admin.getForEntity("/api/documents/" + id + "/original", byte[].class);
        Path source = CORPUS.resolve(document.get("summary").get("path").asText());
        assertThat(original.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(original.getBody()).isEqualTo(Files.readAllBytes(source));
        assertThat(original.getHeaders().getContentDisposition().getFilename()).isEqualTo(source.getFileName().toString());

        ResponseEntity<JsonNode> missing = admin.getForEntity("/api/documents/0000000000000000", JsonNode.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anAdminUploadIsIndexedAndSearchableWhileOtherRolesAreRefused() {
        String marker = "quokkaupload" + Instant.now().toEpochMilli();
        ResponseEntity<JsonNode> uploaded = upload(admin, "Field notes.md", "# Field notes\n\n"
                + ("Investigators in the " + marker + " case shared evidence through a joint investigation team. ").repeat(4));

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(uploaded.getBody().get("status").asText()).isEqualTo("INDEXED");
        assertThat(uploaded.getBody().get("passages").asInt()).isPositive();
        assertThat(uploaded.getBody().get("path").asText()).startsWith("uploads/");
        assertThat(get("/api/search?q=" + marker).get("total").asInt()).isPositive();

        accounts.insert(new UserAccount("analyst", encoder.encode("analyst-password-1"), Role.ANALYST, true, Instant.now()));
        ResponseEntity<JsonNode> refused = upload(anonymous.withBasicAuth("analyst", "analyst-password-1"), "x.md", "text");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.withBasicAuth("analyst", "analyst-password-1").getForEntity("/api/search", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
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
        Files.writeString(file, "# Late addition\n\n" + "The wallabyfirst exercise tested referrals to platforms. ".repeat(5));
        await().atMost(Duration.ofSeconds(20)).until(() -> total("wallabyfirst") > 0);

        Files.writeString(file, "# Late addition\n\n" + "The wombatsecond exercise tested takedown orders. ".repeat(5));
        await().atMost(Duration.ofSeconds(20)).until(() -> total("wombatsecond") > 0 && total("wallabyfirst") == 0);

        Files.delete(file);
        await().atMost(Duration.ofSeconds(20)).until(() -> total("wombatsecond") == 0);
    }

    private int total(String query) {
        return get("/api/search?q=" + query).get("total").asInt();
    }

    private ResponseEntity<JsonNode> upload(TestRestTemplate client, String name, String content) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content.getBytes()) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.postForEntity("/api/documents", new HttpEntity<>(form, headers), JsonNode.class);
    }

    private JsonNode get(String path) {
        ResponseEntity<JsonNode> response = admin.getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static List<String> values(JsonNode facet) {
        List<String> values = new ArrayList<>();
        facet.forEach(value -> values.add(value.get("value").asText()));
        return values;
    }

    private static Path createRoot() {
        try {
            return Files.createTempDirectory("lessons-it");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int countSampleDocuments() {
        try (Stream<Path> files = Files.walk(Path.of("corpus"))) {
            return (int) files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md")).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
