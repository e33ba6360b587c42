package org.lessons.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lessons.audit.internal.AuditRepository;
import org.lessons.audit.internal.AuditWriter;
import org.lessons.testsupport.TestDatabase;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class AuditLogTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");

    private final AuditRepository repository = new AuditRepository(TestDatabase.migrated());
    private final AuditLog audit =
            new AuditLog(new AuditWriter(repository, Runnable::run), repository, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recordsWhatTheSignedInUserDidAndWhen() {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("mara", null, "ROLE_CURATOR"));

        audit.record(AuditKind.MARKING_CHANGE, "doc-17: TLP:GREEN -> TLP:AMBER");

        assertThat(audit.find(AuditQuery.ALL, 0, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.time()).isEqualTo(NOW);
            assertThat(entry.username()).isEqualTo("mara");
            assertThat(entry.kind()).isEqualTo(AuditKind.MARKING_CHANGE);
            assertThat(entry.detail()).isEqualTo("doc-17: TLP:GREEN -> TLP:AMBER");
        });
    }

    @Test
    void aDetailCannotBreakTheLogIntoLinesOrOverflowItsColumn() {
        audit.record(AuditKind.SEARCH, "q=\"first\"\r\n2026-03-10 admin SIGN_IN forged line" + "x".repeat(2000));

        AuditEntry entry = audit.find(AuditQuery.ALL, 0, 10).get(0);
        assertThat(entry.detail()).doesNotContain("\n", "\r").hasSize(1000).endsWith("…");
        assertThat(entry.username()).as("nobody signed in").isEqualTo("(anonymous)");
    }

    @Test
    void filtersByUserKindTimeAndTextNewestFirst() {
        write("ann", AuditKind.SEARCH, "q=\"prison\" page=0", "2026-03-01T10:00:00Z");
        write("ann", AuditKind.EXPORT, "csv: q=\"prison\" page=0", "2026-03-02T10:00:00Z");
        write("bob", AuditKind.SEARCH, "q=\"50% of cases\" page=0", "2026-03-03T10:00:00Z");
        write("bob", AuditKind.DOWNLOAD, "doc-1", "2026-03-04T10:00:00Z");

        assertThat(details(new AuditQuery("ann", Set.of(), null, null, null)))
                .containsExactly("csv: q=\"prison\" page=0", "q=\"prison\" page=0");
        assertThat(details(new AuditQuery(null, Set.of(AuditKind.SEARCH, AuditKind.DOWNLOAD), null, null, null)))
                .containsExactly("doc-1", "q=\"50% of cases\" page=0", "q=\"prison\" page=0");
        assertThat(details(new AuditQuery(
                        null,
                        Set.of(),
                        Instant.parse("2026-03-02T10:00:00Z"),
                        Instant.parse("2026-03-04T10:00:00Z"),
                        null)))
                .containsExactly("q=\"50% of cases\" page=0", "csv: q=\"prison\" page=0");
        assertThat(details(new AuditQuery(null, Set.of(), null, null, "PRISON")))
                .containsExactly("csv: q=\"prison\" page=0", "q=\"prison\" page=0");
        assertThat(details(new AuditQuery(null, Set.of(), null, null, "0%")))
                .as("LIKE wildcards in the text are taken literally")
                .containsExactly("q=\"50% of cases\" page=0");
        assertThat(audit.count(new AuditQuery("bob", Set.of(), null, null, null)))
                .isEqualTo(2);
        assertThat(audit.find(AuditQuery.ALL, 1, 2))
                .extracting(AuditEntry::detail)
                .containsExactly("q=\"50% of cases\" page=0", "csv: q=\"prison\" page=0");
    }

    @Test
    void aFailedWriteIsLoggedAndNeverReachesTheCaller() {
        DriverManagerDataSource withoutTheTable =
                new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        AuditRepository broken = new AuditRepository(JdbcClient.create(withoutTheTable));
        AuditLog failing = new AuditLog(new AuditWriter(broken, Runnable::run), broken, Clock.systemUTC());
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger writerLog = (Logger) LoggerFactory.getLogger(AuditWriter.class);
        writerLog.addAppender(logged);
        logged.start();
        try {
            assertThatCode(() -> failing.record(AuditKind.SEARCH, "q=\"prison\" page=0"))
                    .doesNotThrowAnyException();
        } finally {
            writerLog.detachAppender(logged);
        }

        assertThat(logged.list).singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
                .contains("Could not write to the audit log")
                .contains("q=\"prison\" page=0"));
    }

    private void write(String user, AuditKind kind, String detail, String time) {
        repository.insert(new AuditEvent(Instant.parse(time), user, kind, detail, "192.0.2.1"));
    }

    private java.util.List<String> details(AuditQuery query) {
        return audit.find(query, 0, 100).stream().map(AuditEntry::detail).toList();
    }
}
