package org.lessons.testsupport;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh in-memory H2 database with the application's migrations applied, one per call. */
public final class TestDatabase {

    private TestDatabase() {}

    public static JdbcClient migrated() {
        DriverManagerDataSource database =
                new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).load().migrate();
        return JdbcClient.create(database);
    }
}
