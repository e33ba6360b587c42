package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;
import org.lessons.security.Role;
import org.lessons.security.internal.UserAccount;
import org.lessons.testsupport.RunningLessons;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/**
 * A browser remembers the HTTP Basic credentials it was given and sends them with any request to Lessons, also
 * with a form or script that another site's page starts. Such requests say where they come from (Origin,
 * Sec-Fetch-Site), and the API refuses to change anything for them; scripts and curl send no Origin and are
 * served, as are requests from Lessons' own pages.
 */
class CrossSiteApiIT extends RunningLessons {

    private static final String USER = "it-cross-site";
    private static final String SECRET = "cross-site-password-1";
    private static final String SAVE = "{\"name\": \"%s\", \"q\": \"probation\"}";

    private TestRestTemplate client;

    @BeforeAll
    void user() {
        accounts.insert(
                new UserAccount(USER, encoder.encode(SECRET), Role.ANALYST, Marking.GREEN, true, Instant.now()));
        client = anonymous.withBasicAuth(USER, SECRET);
    }

    @Test
    void aWriteFromAnotherSitesPageIsRefusedAndChangesNothing() {
        for (Map.Entry<String, String> from : Map.of(
                        "Origin", "https://evil.example",
                        "Sec-Fetch-Site", "cross-site")
                .entrySet()) {
            ResponseEntity<JsonNode> refused = save("refused " + from.getKey(), from.getKey(), from.getValue());

            assertThat(refused.getStatusCode()).as(from.getKey()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .isTrue();
            assertThat(refused.getBody().get("title").asText()).isEqualTo("Cross-site request refused");
            assertThat(refused.getBody().get("detail").asText()).contains("another site");
        }
        assertThat(save("from a sandboxed frame", "Origin", "null").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(names()).noneMatch(name -> name.startsWith("refused") || name.equals("from a sandboxed frame"));
    }

    @Test
    void scriptsAndLessonsOwnPagesMayWrite() {
        assertThat(save("from a script", null, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(save("from Lessons", "Origin", anonymous.getRootUri()).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(save("same origin", "Sec-Fetch-Site", "same-origin").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(names()).contains("from a script", "from Lessons", "same origin");
    }

    /** Another site can make a browser read, but cannot see the answer; reads are not refused. */
    @Test
    void readsAreAnsweredWhateverTheirOrigin() {
        ResponseEntity<String> read = client.exchange(
                RequestEntity.get("/api/saved-queries")
                        .header(HttpHeaders.ORIGIN, "https://evil.example")
                        .build(),
                String.class);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getHeaders().getAccessControlAllowOrigin()).isNull();
    }

    private ResponseEntity<JsonNode> save(String name, String header, String value) {
        RequestEntity.BodyBuilder request =
                RequestEntity.post("/api/saved-queries").contentType(MediaType.APPLICATION_JSON);
        if (header != null) {
            request.header(header, value);
        }
        return client.exchange(request.body(SAVE.formatted(name)), JsonNode.class);
    }

    private List<String> names() {
        JsonNode saved = client.getForObject("/api/saved-queries", JsonNode.class);
        List<String> names = new ArrayList<>();
        saved.forEach(query -> names.add(query.get("name").asText()));
        return names;
    }
}
