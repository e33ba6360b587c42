package org.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lessons.audit.AuditEntry;
import org.lessons.audit.AuditEvent;
import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditQuery;
import org.lessons.audit.internal.AuditRepository;
import org.lessons.marking.Marking;
import org.lessons.savedquery.SavedQuery;
import org.lessons.savedquery.SavedQueryDraft;
import org.lessons.savedquery.WebhookDelivery;
import org.lessons.savedquery.internal.SavedQueryRepository;
import org.lessons.security.Role;
import org.lessons.security.internal.UserAccount;
import org.lessons.security.internal.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The schema and the repositories on a real PostgreSQL server, so that switching from the embedded H2 database
 * is configuration alone. Each run migrates a schema of its own and drops it afterwards. `.ci/run` installs and
 * starts PostgreSQL from Debian's packages and sets LESSONS_REQUIRE_POSTGRES, so that there the test fails rather
 * than skips; elsewhere, where none is reachable, it is skipped and says how to run it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresIT {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresIT.class);

    private static final String URL =
            System.getenv().getOrDefault("LESSONS_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/lessons_test");
    private static final String USER = System.getenv().getOrDefault("LESSONS_TEST_POSTGRES_USER", "lessons");
    private static final String PASSWORD = System.getenv().getOrDefault("LESSONS_TEST_POSTGRES_PASSWORD", "lessons");

    private final String schema =
            "it_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    private SingleConnectionDataSource dataSource;

    @BeforeAll
    void migrate() {
        boolean reachable = reachable();
        if (!reachable && "1".equals(System.getenv("LESSONS_REQUIRE_POSTGRES"))) {
            throw new IllegalStateException("LESSONS_REQUIRE_POSTGRES is set (as .ci/run does), but no PostgreSQL "
                    + "answers at " + URL + " for user " + USER + ". See the PostgreSQL steps of .ci/run.");
        }
        if (!reachable) {
            LOG.warn(
                    "Skipping PostgresIT: no PostgreSQL at {} for user {}. .ci/run installs and starts one; elsewhere "
                            + "set LESSONS_TEST_POSTGRES_URL, _USER and _PASSWORD.",
                    URL,
                    USER);
        }
        assumeTrue(reachable, "no PostgreSQL reachable at " + URL);
        dataSource = new SingleConnectionDataSource(
                URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, USER, PASSWORD, true);
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @AfterAll
    void dropSchema() throws SQLException {
        if (dataSource != null) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema " + schema + " cascade");
            }
            dataSource.destroy();
        }
    }

    @Test
    void accountsAreStoredAndReadBack() {
        UserAccountRepository accounts = new UserAccountRepository(JdbcClient.create(dataSource));
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        accounts.insert(new UserAccount(
                "analyst.pg", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv", Role.ANALYST, Marking.GREEN, true, created));

        UserAccount read = accounts.find("analyst.pg").orElseThrow();
        assertThat(read.role()).isEqualTo(Role.ANALYST);
        assertThat(read.clearance()).isEqualTo(Marking.GREEN);
        assertThat(read.enabled()).isTrue();
        assertThat(read.createdAt()).isEqualTo(created);
        assertThat(accounts.find("nobody")).isEmpty();
    }

    @Test
    void failedSignInsLockTheAccountAndChangesAreSaved() {
        UserAccountRepository accounts = new UserAccountRepository(JdbcClient.create(dataSource));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        accounts.insert(new UserAccount(
                "curator.pg", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv", Role.CURATOR, Marking.GREEN, true, now));

        accounts.recordFailedLogin("curator.pg", 2, now.plusSeconds(60));
        assertThat(accounts.find("curator.pg").orElseThrow().lockedAt(now)).isFalse();
        accounts.recordFailedLogin("curator.pg", 2, now.plusSeconds(60));
        assertThat(accounts.find("curator.pg").orElseThrow().lockedUntil()).isEqualTo(now.plusSeconds(60));
        accounts.recordFailedLogin("nobody", 2, now.plusSeconds(60));

        accounts.update(
                new UserAccount("curator.pg", "{bcrypt}new", Role.ADMIN, Marking.AMBER_STRICT, false, now), true);
        UserAccount changed = accounts.find("curator.pg").orElseThrow();
        assertThat(changed.lockedUntil()).as("a new password lifts the lock").isNull();
        assertThat(changed.role()).isEqualTo(Role.ADMIN);
        assertThat(changed.clearance()).isEqualTo(Marking.AMBER_STRICT);
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.passwordHash()).isEqualTo("{bcrypt}new");
        assertThat(accounts.countEnabled(Role.ADMIN)).isZero();
        assertThat(accounts.findAll()).extracting(UserAccount::username).contains("curator.pg");

        accounts.recordFailedLogin("curator.pg", 1, now.plusSeconds(60));
        accounts.clearFailedLogins("curator.pg");
        assertThat(accounts.find("curator.pg").orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void savedQueriesTheirSeenTimesAndDeliveriesAreStoredAndReadBack() {
        SavedQueryRepository savedQueries = new SavedQueryRepository(JdbcClient.create(dataSource), new ObjectMapper());
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long id = savedQueries.insert(
                new SavedQueryDraft(
                        "Probation",
                        "probation",
                        Map.of("docType", List.of("meeting-notes")),
                        "added",
                        false,
                        "https://example.org/hook"),
                "analyst.pg",
                created);

        SavedQuery read = savedQueries.find(id, "analyst.pg").orElseThrow();
        assertThat(read.filters()).isEqualTo(Map.of("docType", List.of("meeting-notes")));
        assertThat(read.sort()).isEqualTo("added");
        assertThat(read.createdAt()).isEqualTo(created);
        assertThat(savedQueries.find(id, "someone.else")).isEmpty();
        assertThat(savedQueries.withWebhook()).extracting(a -> a.query().id()).containsExactly(id);

        savedQueries.markSeen(id, "analyst.pg", created.plusSeconds(1));
        savedQueries.markSeen(id, "analyst.pg", created.plusSeconds(2));
        assertThat(savedQueries.seenAt(id, "analyst.pg")).contains(created.plusSeconds(2));

        savedQueries.logDelivery(id, new WebhookDelivery(created, 1, 3, 500, null));
        savedQueries.logDelivery(id, new WebhookDelivery(created.plusSeconds(1), 2, 3, null, "timed out"));
        assertThat(savedQueries.deliveries(id, 1))
                .extracting(WebhookDelivery::error)
                .containsExactly("timed out");

        savedQueries.delete(id);
        assertThat(savedQueries.find(id, "analyst.pg")).isEmpty();
    }

    @Test
    void auditEntriesAreStoredFilteredPagedAndPurged() {
        AuditRepository audit = new AuditRepository(JdbcClient.create(dataSource));
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        audit.insert(new AuditEvent(t0.minusSeconds(86_400), "ann.pg", AuditKind.SEARCH, "q=\"prison\" page=0", "::1"));
        audit.insert(new AuditEvent(t0, "ann.pg", AuditKind.EXPORT, "csv: q=\"50% of cases\" page=0", "192.0.2.1"));
        audit.insert(new AuditEvent(t0.plusSeconds(1), "bob.pg", AuditKind.DOWNLOAD, "doc-1", null));

        assertThat(audit.find(AuditQuery.ALL, 0, 10))
                .extracting(AuditEntry::detail)
                .containsExactly("doc-1", "csv: q=\"50% of cases\" page=0", "q=\"prison\" page=0");
        assertThat(audit.find(
                        new AuditQuery("ann.pg", Set.of(AuditKind.SEARCH, AuditKind.EXPORT), t0, null, "0% OF"), 0, 10))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.time()).isEqualTo(t0);
                    assertThat(entry.kind()).isEqualTo(AuditKind.EXPORT);
                    assertThat(entry.clientAddress()).isEqualTo("192.0.2.1");
                });
        assertThat(audit.count(new AuditQuery(null, Set.of(), null, t0, null))).isEqualTo(1);
        assertThat(audit.find(AuditQuery.ALL, 1, 1))
                .extracting(AuditEntry::kind)
                .containsExactly(AuditKind.EXPORT);

        assertThat(audit.deleteBefore(t0)).isEqualTo(1);
        assertThat(audit.count(AuditQuery.ALL)).isEqualTo(2);
    }

    private static boolean reachable() {
        try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
