package org.lessons.audit;

import java.time.Clock;
import java.util.List;
import org.lessons.audit.internal.AuditRepository;
import org.lessons.audit.internal.AuditWriter;
import org.lessons.audit.internal.CurrentRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who did what, when and from where. A feature records what its user just did with one call, at the entry point
 * where the user asked for it (a REST controller or a view), not in the services below, which also run for the
 * application's own purposes (counting a matrix cell, paging an export). The user and the client address are
 * taken from the request, so a caller only says what happened, in words built from named fields: never a
 * password, and never anything a caller did not choose to write.
 *
 * <p>Recording never fails and never waits for the database (see {@link AuditWriter}). Reading is for
 * administrators only.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditWriter writer;
    private final AuditRepository entries;
    private final Clock clock;

    public AuditLog(AuditWriter writer, AuditRepository entries, Clock clock) {
        this.writer = writer;
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Records that the signed-in user did something. For example, when a curator changes a document's marking:
     * {@code audit.record(AuditKind.MARKING_CHANGE, documentId + ": TLP:GREEN -> TLP:AMBER")}.
     */
    public void record(AuditKind kind, String detail) {
        record(signedInUser(), kind, detail);
    }

    /** Records something done by, or in the name of, the given user: a sign-in names whoever it is for. */
    void record(String username, AuditKind kind, String detail) {
        try {
            writer.write(new AuditEvent(clock.instant(), username, kind, detail, CurrentRequest.clientAddress()));
        } catch (RuntimeException unexpected) {
            log.warn("Could not record {} by '{}' in the audit log", kind, username, unexpected);
        }
    }

    /** The matching entries, newest first, from {@code offset} on. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> find(AuditQuery query, long offset, int limit) {
        return entries.find(query, offset, limit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(AuditQuery query) {
        return entries.count(query);
    }

    private static String signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? "(anonymous)"
                : authentication.getName();
    }
}
