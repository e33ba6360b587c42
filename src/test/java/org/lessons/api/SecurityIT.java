package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.lessons.testsupport.RunningLessons;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Who may do what: the public health check, sign-in for everything else, and roles. */
class SecurityIT extends RunningLessons {
    @Test
    void healthIsPublicAndEverythingElseNeedsSignIn() throws Exception {
        assertThat(anonymous.getForEntity("/actuator/health", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> refused = anonymous.getForEntity("/api/search?q=prison", JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(refused.getBody().get("detail").asText()).contains("HTTP Basic");
        assertThat(anonymous
                        .withBasicAuth("admin", "wrong")
                        .getForEntity("/api/search", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(uiWithoutSignIn().headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    private HttpResponse<Void> uiWithoutSignIn() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return client.send(
                HttpRequest.newBuilder(URI.create(anonymous.getRootUri() + "/")).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
