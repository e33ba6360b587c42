package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessons.testsupport.FormClient;
import org.lessons.testsupport.RunningLessons;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/**
 * Errors tell the client what went wrong in words and nothing about the code: no stack frames, no exception
 * names, no framework names, on the API (problem details) and elsewhere. The screens' own error pages are checked
 * in the browser ({@code BrowserIT}), since Vaadin draws them in the page.
 */
class ErrorAnswersIT extends RunningLessons {

    /** What a stack trace or an exception's name looks like in a body. */
    private static final List<String> CODE = List.of(
            "Exception", "\tat ", "at org.", "at java.", ".java:", "java.lang", "org.springframework", "org.apache");

    @Test
    void apiErrorsAreProblemsInWords() {
        ResponseEntity<String> malformed = admin.exchange(
                RequestEntity.post("/api/saved-queries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"name\": \"unfinished"),
                String.class);
        ResponseEntity<String> wrongType = admin.getForEntity("/api/search?page=two", String.class);
        ResponseEntity<String> unknown = admin.getForEntity("/api/no-such-endpoint", String.class);
        ResponseEntity<String> failure = admin.getForEntity(FailureProbe.PATH, String.class);

        assertProblem(malformed, HttpStatus.BAD_REQUEST, "could not be read");
        assertProblem(wrongType, HttpStatus.BAD_REQUEST, "'page'");
        assertProblem(unknown, HttpStatus.NOT_FOUND, "There is no GET /api/no-such-endpoint");
        assertProblem(failure, HttpStatus.INTERNAL_SERVER_ERROR, "has been logged");
        assertThat(failure.getBody()).doesNotContain(FailureProbe.SECRET, "invariant");
    }

    @Test
    void errorsOutsideTheApiShowNoCode() throws Exception {
        FormClient signedIn = new FormClient(anonymous.getRootUri());
        signedIn.signIn("admin", PASSWORD);

        HttpResponse<String> missingFile = signedIn.get("/VAADIN/no-such-file.js");
        HttpResponse<String> errorPage = signedIn.get("/error");
        String invalidRequestTarget =
                raw("GET /?q=<script>|{} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String invalidRequestLine = raw("NOT-HTTP\r\n\r\n");

        assertThat(missingFile.statusCode()).isEqualTo(HttpStatus.NOT_FOUND.value());
        for (String body : List.of(missingFile.body(), errorPage.body(), invalidRequestTarget, invalidRequestLine)) {
            assertThat(body).doesNotContain(CODE);
        }
        assertThat(invalidRequestTarget).startsWith("HTTP/1.1 400");
    }

    private static void assertProblem(ResponseEntity<String> answer, HttpStatus status, String detail) {
        assertThat(answer.getStatusCode()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(answer.getBody()).contains(detail).doesNotContain(CODE);
    }

    /** Sends bytes no HTTP client library would send, and reads the whole answer. */
    private String raw(String request) throws IOException {
        URI root = URI.create(anonymous.getRootUri());
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
