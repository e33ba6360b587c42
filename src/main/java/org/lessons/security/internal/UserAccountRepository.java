package org.lessons.security.internal;

import java.sql.Timestamp;
import java.util.Optional;
import org.lessons.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in the relational database, with plain SQL that H2 and PostgreSQL both accept. */
@Repository
public class UserAccountRepository {

    private final JdbcClient jdbc;

    public UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql(
                        "select username, password_hash, role, enabled, created_at from user_account where username = ?")
                .param(username)
                .query((rs, row) -> new UserAccount(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled"),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    public void insert(UserAccount account) {
        jdbc.sql("insert into user_account (username, password_hash, role, enabled, created_at) values (?, ?, ?, ?, ?)")
                .params(
                        account.username(),
                        account.passwordHash(),
                        account.role().name(),
                        account.enabled(),
                        Timestamp.from(account.createdAt()))
                .update();
    }
}
