package org.lessons.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every REST path that can show something of a document, asked by one user about one canary: does the canary
 * show? A canary is a document holding a made-up word found nowhere else, so any trace of the word, or a
 * {@code 200} for its document, passage or file, means the user can see it.
 */
final class CanaryPaths {

    private CanaryPaths() {}

    /** Where the canary is, as an administrator found it. */
    record Canary(String token, String documentId, String passageId) {}

    /** For each path, whether the user saw the canary there. */
    static Map<String, Boolean> seenBy(TestRestTemplate user, Canary canary) {
        String token = canary.token();
        String misspelt = token.substring(0, token.length() - 2) + "x" + token.charAt(token.length() - 1);
        Map<String, Boolean> seen = new LinkedHashMap<>();
        seen.put("search", body(user, "/api/search?q={q}", token).contains(token));
        seen.put(
                "wildcard",
                body(user, "/api/search?q={q}", token.substring(0, 7) + "*").contains(token));
        seen.put("fuzzy", body(user, "/api/search?q={q}", misspelt + "~").contains(token));
        seen.put("did-you-mean", body(user, "/api/search?q={q}", misspelt).contains(token));
        seen.put(
                "type-ahead",
                body(user, "/api/suggest?prefix={p}&size=20", token.substring(0, 7))
                        .contains(token));
        seen.put("library", body(user, "/api/documents?page=0&size=200").contains(canary.documentId()));
        seen.put("document", ok(user, "/api/documents/{id}", canary.documentId()));
        seen.put("original", ok(user, "/api/documents/{id}/original", canary.documentId()));
        seen.put("similar passages", ok(user, "/api/passages/{id}/similar", canary.passageId()));
        seen.put("export", body(user, "/api/export?format=csv&q={q}", token).contains(token));
        return seen;
    }

    /** The canary's whereabouts, found by a user who sees everything. */
    static Canary find(TestRestTemplate admin, String token) {
        JsonNode hit = admin.getForObject("/api/search?q={q}", JsonNode.class, token)
                .get("hits")
                .get(0);
        return new Canary(
                token, hit.get("documentId").asText(), hit.get("passageId").asText());
    }

    private static String body(TestRestTemplate user, String path, Object... variables) {
        ResponseEntity<String> answer = user.getForEntity(path, String.class, variables);
        if (answer.getStatusCode() != HttpStatus.OK) {
            throw new AssertionError(path + " answered " + answer.getStatusCode() + ": " + answer.getBody());
        }
        return answer.getBody() == null ? "" : answer.getBody();
    }

    private static boolean ok(TestRestTemplate user, String path, Object... variables) {
        HttpStatus status = HttpStatus.valueOf(
                user.getForEntity(path, String.class, variables).getStatusCode().value());
        if (status != HttpStatus.OK && status != HttpStatus.NOT_FOUND) {
            throw new AssertionError(path + " answered " + status);
        }
        return status == HttpStatus.OK;
    }
}
