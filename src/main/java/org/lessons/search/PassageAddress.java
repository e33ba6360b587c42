package org.lessons.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a passage is read in Lessons: the document view scrolled to the passage, with the search's words marked.
 * Result lists, similar lessons, uploads and exported citations all link to it, and people bookmark and quote
 * those links, so its shape is kept in this one place.
 *
 * @param passageId null to open the document at its start
 * @param query the words to mark, or null
 */
public record PassageAddress(String documentId, String passageId, String query) {

    /** The route of the document view. */
    public static final String ROUTE = "documents";

    public static PassageAddress of(Hit hit, String query) {
        return new PassageAddress(hit.documentId(), hit.passageId(), query);
    }

    /** Relative to the application's root: {@code documents/{id}?passage={passageId}&q={query}}. */
    public String path() {
        StringBuilder path = new StringBuilder(ROUTE).append('/').append(encode(documentId));
        char separator = '?';
        if (passageId != null) {
            path.append(separator).append("passage=").append(encode(passageId));
            separator = '&';
        }
        if (query != null && !query.isBlank()) {
            path.append(separator).append("q=").append(encode(query));
        }
        return path.toString();
    }

    /** The full address under the application's root URL (without a trailing slash). */
    public String under(String baseUrl) {
        return baseUrl + "/" + path();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
