package org.lessons.audit;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which entries of the audit log to read; each part left empty matches every entry.
 *
 * @param user exactly this username (or name tried)
 * @param kinds any of these kinds; empty for all
 * @param from entries at or after this time
 * @param until entries before this time
 * @param text entries whose detail contains this text, ignoring case
 */
public record AuditQuery(String user, Set<AuditKind> kinds, Instant from, Instant until, String text) {

    public static final AuditQuery ALL = new AuditQuery(null, Set.of(), null, null, null);

    public AuditQuery {
        user = user == null || user.isBlank() ? null : user.strip();
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        text = text == null || text.isBlank() ? null : text.strip();
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException(
                    "The time range is empty: 'from' (" + from + ") is not before 'to' (" + until + ").");
        }
    }
}
