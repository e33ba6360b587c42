package org.lessons.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lessons.audit.AuditEntry;
import org.lessons.audit.AuditEvent;
import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log in the database (schema in {@code V5__audit_log.sql}), with SQL that H2 and PostgreSQL share. */
@Repository
public class AuditRepository {

    private final JdbcClient jdbc;

    public AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AuditEvent event) {
        jdbc.sql("insert into audit_log (occurred_at, username, kind, detail, client_address) values (?, ?, ?, ?, ?)")
                .params(
                        Timestamp.from(event.time()),
                        event.username(),
                        event.kind().name(),
                        event.detail(),
                        event.clientAddress())
                .update();
    }

    /** The matching entries, newest first, from {@code offset} on. */
    public List<AuditEntry> find(AuditQuery query, long offset, int limit) {
        Where where = where(query);
        return jdbc.sql("select id, occurred_at, username, kind, detail, client_address from audit_log" + where.sql()
                        + " order by occurred_at desc, id desc offset :offset rows fetch next :limit rows only")
                .params(where.parameters())
                .param("offset", offset)
                .param("limit", limit)
                .query(AuditRepository::entry)
                .list();
    }

    public long count(AuditQuery query) {
        Where where = where(query);
        return jdbc.sql("select count(*) from audit_log" + where.sql())
                .params(where.parameters())
                .query(Long.class)
                .single();
    }

    /** Removes the entries older than the time; answers how many. */
    public int deleteBefore(Instant time) {
        return jdbc.sql("delete from audit_log where occurred_at < ?")
                .param(Timestamp.from(time))
                .update();
    }

    private static Where where(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.user() != null) {
            conditions.add("username = :user");
            parameters.put("user", query.user());
        }
        if (!query.kinds().isEmpty()) {
            conditions.add("kind in (:kinds)");
            parameters.put(
                    "kinds", query.kinds().stream().map(Enum::name).sorted().toList());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
            parameters.put("from", Timestamp.from(query.from()));
        }
        if (query.until() != null) {
            conditions.add("occurred_at < :until");
            parameters.put("until", Timestamp.from(query.until()));
        }
        if (query.text() != null) {
            conditions.add("lower(detail) like :text escape '\\'");
            parameters.put("text", "%" + likeLiteral(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    /** The text with LIKE's wildcards taken literally, so that searching for "50%" finds "50%". */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("username"),
                AuditKind.valueOf(rs.getString("kind")),
                rs.getString("detail"),
                rs.getString("client_address"));
    }

    private record Where(String sql, Map<String, Object> parameters) {}
}
