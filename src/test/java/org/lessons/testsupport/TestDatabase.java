package org.lessons.testsupport;

import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** An H2 database with the application's migrations applied: a fresh one in memory, or one in a data folder. */
public final class TestDatabase {

    private TestDatabase() {}

    public static JdbcClient migrated() {
        return migrated("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /**
     * The database of a data folder: one in memory per folder, kept while the tests run, so that it outlives a
     * restart of the services on that folder as the application's database does.
     */
    public static JdbcClient of(Path dataDir) {
        return migrated("jdbc:h2:mem:"
                + UUID.nameUUIDFromBytes(dataDir.toAbsolutePath().toString().getBytes()) + ";DB_CLOSE_DELAY=-1");
    }

    private static JdbcClient migrated(String url) {
        DriverManagerDataSource database = new DriverManagerDataSource(url);
        Flyway.configure().dataSource(database).load().migrate();
        return JdbcClient.create(database);
    }
}
