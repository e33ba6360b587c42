package org.lessons.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Upgrading never widens what anyone sees: existing analysts and curators get the default clearance. */
class ClearanceMigrationTest {

    @Test
    void existingAdministratorsGetRedAndEveryoneElseGreen() {
        DriverManagerDataSource database =
                new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).target("3").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        for (String[] user : new String[][] {{"root", "ADMIN"}, {"cura", "CURATOR"}, {"ana", "ANALYST"}}) {
            jdbc.sql("insert into user_account (username, password_hash, role, enabled, created_at)"
                            + " values (?, '{noop}x', ?, true, current_timestamp)")
                    .params(user[0], user[1])
                    .update();
        }

        Flyway.configure().dataSource(database).load().migrate();

        UserAccountRepository accounts = new UserAccountRepository(jdbc);
        assertThat(accounts.find("root").orElseThrow().clearance()).isEqualTo(Marking.RED);
        assertThat(accounts.find("cura").orElseThrow().clearance()).isEqualTo(Marking.GREEN);
        assertThat(accounts.find("ana").orElseThrow().clearance()).isEqualTo(Marking.GREEN);
    }
}
