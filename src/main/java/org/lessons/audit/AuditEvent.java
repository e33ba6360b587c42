package org.lessons.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * Something a user did, as it is written to the audit log. The texts are cut to their columns' widths and stripped
 * of line breaks and other control characters, so that a name or query typed by anyone can neither break the
 * write nor make one entry look like several when the log is read or exported as text.
 *
 * @param username the signed-in user, or for a failed sign-in the name that was tried
 * @param detail what exactly, in words: the query and filters, the document id, the export format and query
 * @param clientAddress where the request came from (the proxy's client when a trusted proxy forwarded it), or
 *     {@code null} outside a request
 */
public record AuditEvent(Instant time, String username, AuditKind kind, String detail, String clientAddress) {

    static final int MAX_USERNAME = 200;
    static final int MAX_DETAIL = 1000;
    static final int MAX_ADDRESS = 64;

    public AuditEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        username = username == null || username.isBlank() ? "(none)" : clean(username, MAX_USERNAME);
        detail = detail == null ? "" : clean(detail, MAX_DETAIL);
        clientAddress = clientAddress == null ? null : clean(clientAddress, MAX_ADDRESS);
    }

    private static String clean(String text, int width) {
        String flat = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }
}
