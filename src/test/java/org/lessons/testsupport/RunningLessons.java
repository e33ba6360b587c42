package org.lessons.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.lessons.security.internal.UserAccountRepository;
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
 * The running application on a temporary data folder and a copy of the sample corpus with broken files among
 * it. Every integration test class extends this, so they share one application (Spring caches the context)
 * and one ingest of the corpus.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RunningLessons {

    protected static final String PASSWORD = "integration-admin-password";
    protected static final Path ROOT = createRoot();
    protected static final Path CORPUS = ROOT.resolve("corpus");
    protected static final int SAMPLE_DOCUMENTS = countSampleDocuments();
    protected static final int BAD_FILES = 4;
    protected static final Duration LOCKOUT = Duration.ofSeconds(2);

    @Autowired
    protected TestRestTemplate anonymous;

    @Autowired
    protected UserAccountRepository accounts;

    @Autowired
    protected PasswordEncoder encoder;

    protected TestRestTemplate admin;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        if (!Files.exists(CORPUS)) {
            FileSystemUtils.copyRecursively(Path.of("corpus"), CORPUS);
            BadFiles.copyAllInto(CORPUS.resolve("incoming"));
        }
        registry.add("lessons.data-dir", () -> ROOT.resolve("data").toString());
        registry.add("lessons.corpus-dir", CORPUS::toString);
        registry.add("lessons.admin-password", () -> PASSWORD);
        registry.add("lessons.ingest.quiet-period", () -> "200ms");
        // short enough for a test to wait out a lock; each test that locks an account uses a name of its own
        registry.add("lessons.security.lockout", () -> LOCKOUT.toMillis() + "ms");
        registry.add("lessons.security.failed-login-delay", () -> "100ms");
        // the webhook receivers of the tests listen on this host
        registry.add("lessons.webhooks.allow-private-addresses", () -> "true");
        // the development-mode banner would cover part of every browser test's screen and screenshot
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }

    @BeforeAll
    void waitForTheFirstIngest() {
        admin = anonymous.withBasicAuth("admin", PASSWORD);
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    JsonNode status = get("/api/ingest/status");
                    return status.get("state").asText().equals("idle")
                            && status.get("documents").asInt()
                                            + status.get("failed").asInt()
                                    >= SAMPLE_DOCUMENTS + BAD_FILES;
                });
    }

    protected int total(String query) {
        return get("/api/search?q={q}", query).get("total").asInt();
    }

    protected ResponseEntity<JsonNode> upload(TestRestTemplate client, String name, String content) {
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

    /**
     * A GET as admin that must succeed. The path is a URI template: pass values with {@code {name}} placeholders
     * rather than encoding them, since the template is encoded once more.
     */
    protected JsonNode get(String path, Object... values) {
        ResponseEntity<JsonNode> response = admin.getForEntity(path, JsonNode.class, values);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    protected static List<String> values(JsonNode facet) {
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
            return (int) files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("README.md"))
                    .count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
