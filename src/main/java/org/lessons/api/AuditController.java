package org.lessons.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lessons.audit.AuditEntry;
import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditLog;
import org.lessons.audit.AuditQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit}, for administrators: the audit log newest first, filtered by {@code user}, {@code kind}
 * (repeatable), {@code from} and {@code to} (ISO instants such as {@code 2026-03-01T12:00:00Z}, or dates, which
 * are whole days in UTC: {@code to=2026-03-31} includes that day) and {@code q} (text in the detail), a
 * {@code page} of {@code size} entries at a time.
 */
@RestController
class AuditController {

    private static final int MAX_PAGE_SIZE = 200;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    AuditPage entries(
            @RequestParam(required = false) String user,
            @RequestParam(name = "kind", required = false) List<String> kinds,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".");
        }
        AuditQuery query;
        try {
            query = new AuditQuery(user, kinds(kinds), start("from", from), end(to), q);
        } catch (IllegalArgumentException emptyRange) {
            throw new BadRequestException(emptyRange.getMessage());
        }
        return new AuditPage(audit.count(query), page, size, audit.find(query, (long) page * size, size));
    }

    private static Set<AuditKind> kinds(List<String> names) {
        Set<AuditKind> kinds = EnumSet.noneOf(AuditKind.class);
        for (String name : names == null ? List.<String>of() : names) {
            kinds.add(Arrays.stream(AuditKind.values())
                    .filter(kind -> kind.name().equalsIgnoreCase(name.strip()))
                    .findFirst()
                    .orElseThrow(() -> new BadRequestException(
                            "Unknown kind '" + name + "'; use one of " + Arrays.toString(AuditKind.values()) + ".")));
        }
        return kinds;
    }

    /** A time, or the start of a date in UTC. */
    private static Instant start(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.contains("T")
                    ? OffsetDateTime.parse(text).toInstant()
                    : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' must be a date (2026-03-31) or a time with its offset"
                    + " (2026-03-31T12:00:00Z), not '" + value + "'.");
        }
    }

    /** A time, or the end of a date (the start of the next day), so that a date includes its whole day. */
    private static Instant end(String value) {
        Instant end = start("to", value);
        return end == null || value.contains("T") ? end : end.plus(Duration.ofDays(1));
    }

    record AuditPage(long total, int page, int size, List<AuditEntry> entries) {}
}
