package org.lessons.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.lessons.savedquery.SavedQueryService;
import org.lessons.savedquery.WebhookProperties;
import org.lessons.savedquery.WebhookTargets;
import org.lessons.savedquery.internal.SavedQueryRepository;
import org.lessons.search.SearchService;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The real saved-query service on a fresh in-memory database migrated by the application's own migrations. */
public final class TestSavedQueries {

    private TestSavedQueries() {}

    public static SavedQueryService service(SearchService search) {
        return service(search, repository());
    }

    public static SavedQueryService service(SearchService search, SavedQueryRepository repository) {
        return new SavedQueryService(
                repository,
                search,
                Clock.systemUTC(),
                new WebhookTargets(new WebhookProperties(
                        3, Duration.ofSeconds(1), Duration.ofSeconds(5), "http://localhost:8080", false)));
    }

    /** The repository on a fresh database. */
    public static SavedQueryRepository repository() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return new SavedQueryRepository(JdbcClient.create(database), new ObjectMapper());
    }
}
