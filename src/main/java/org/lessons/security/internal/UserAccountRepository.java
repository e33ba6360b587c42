package org.lessons.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lessons.marking.Marking;
import org.lessons.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in the relational database, with plain SQL that H2 and PostgreSQL both accept. */
@Repository
public class UserAccountRepository {

    private static final String COLUMNS = "username, password_hash, role, clearance, enabled, created_at, locked_until";

    private final JdbcClient jdbc;

    public UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from user_account where username = ?")
                .param(username)
                .query(UserAccountRepository::account)
                .optional();
    }

    public List<UserAccount> findAll() {
        return jdbc.sql("select " + COLUMNS + " from user_account order by username")
                .query(UserAccountRepository::account)
                .list();
    }

    public void insert(UserAccount account) {
        jdbc.sql("insert into user_account (username, password_hash, role, clearance, enabled, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        account.username(),
                        account.passwordHash(),
                        account.role().name(),
                        account.clearance().label(),
                        account.enabled(),
                        Timestamp.from(account.createdAt()))
                .update();
    }

    /**
     * Saves role, clearance, enabled and password hash; a new password also lifts a lock, as an administrator's reset
     * should.
     */
    public void update(UserAccount account, boolean passwordChanged) {
        jdbc.sql("""
                        update user_account set password_hash = ?, role = ?, clearance = ?, enabled = ?,
                            failed_logins = case when ? then 0 else failed_logins end,
                            locked_until = case when ? then null else locked_until end
                        where username = ?""")
                .params(
                        account.passwordHash(),
                        account.role().name(),
                        account.clearance().label(),
                        account.enabled(),
                        passwordChanged,
                        passwordChanged,
                        account.username())
                .update();
    }

    public int countEnabled(Role role) {
        return jdbc.sql("select count(*) from user_account where role = ? and enabled = ?")
                .params(role.name(), true)
                .query(Integer.class)
                .single();
    }

    /**
     * Counts one more failure in a row; the one that reaches {@code maxFailures} locks the account until
     * {@code lockUntil} and starts the count again. One statement, so that parallel guesses cannot slip past the
     * limit between a read and a write. Does nothing for a name without an account.
     */
    public void recordFailedLogin(String username, int maxFailures, Instant lockUntil) {
        jdbc.sql("""
                        update user_account set
                            failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end,
                            locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
                        where username = ?""")
                .params(maxFailures, maxFailures, Timestamp.from(lockUntil), username)
                .update();
    }

    public void clearFailedLogins(String username) {
        jdbc.sql("""
                        update user_account set failed_logins = 0, locked_until = null
                        where username = ? and (failed_logins <> 0 or locked_until is not null)""").param(username).update();
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new UserAccount(
                rs.getString("username"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                Marking.parse(rs.getString("clearance")),
                rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant(),
                lockedUntil == null ? null : lockedUntil.toInstant());
    }
}
