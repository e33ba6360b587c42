package org.lessons.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.lessons.search.SearchRequest;

/** Sends a search to {@code /api/search} as an API client would: HTTP Basic on every request, JSON read whole. */
final class RestSearch {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    RestSearch(int port, String user, String password) {
        this.base = "http://localhost:" + port + "/api/search?";
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    void search(SearchRequest request) {
        HttpRequest http = HttpRequest.newBuilder(URI.create(base + query(request)))
                .header("Authorization", authorization)
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = client.send(http, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/api/search answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String query(SearchRequest request) {
        StringBuilder query = new StringBuilder("q=").append(encode(request.query()));
        query.append("&size=").append(request.size());
        if (request.from() != null) {
            query.append("&from=").append(request.from());
        }
        request.filters()
                .forEach((dimension, values) -> values.forEach(value ->
                        query.append('&').append(encode(dimension)).append('=').append(encode(value))));
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
