package org.lessons.testsupport;

import java.time.Clock;
import java.util.List;
import org.lessons.audit.AuditEntry;
import org.lessons.audit.AuditLog;
import org.lessons.audit.AuditQuery;
import org.lessons.audit.internal.AuditRepository;
import org.lessons.audit.internal.AuditWriter;

/**
 * The real audit log on a fresh in-memory database, writing in the caller's thread, so that a test reads what a
 * view recorded as soon as the view is done.
 */
public final class TestAudit {

    private TestAudit() {}

    public static AuditLog log() {
        return log(Clock.systemUTC());
    }

    public static AuditLog log(Clock clock) {
        AuditRepository repository = new AuditRepository(TestDatabase.migrated());
        return new AuditLog(new AuditWriter(repository, Runnable::run), repository, clock);
    }

    /** Every entry, newest first. */
    public static List<AuditEntry> entries(AuditLog log) {
        return log.find(AuditQuery.ALL, 0, 1000);
    }
}
