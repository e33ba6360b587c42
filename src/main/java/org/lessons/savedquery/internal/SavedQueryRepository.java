package org.lessons.savedquery.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lessons.savedquery.SavedQuery;
import org.lessons.savedquery.SavedQueryDraft;
import org.lessons.savedquery.WebhookDelivery;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Saved queries, their per-user "seen" times and webhook deliveries in the database (schema in
 * {@code V3__saved_queries.sql}). Filters are kept as JSON text, which every database stores alike.
 */
@Repository
public class SavedQueryRepository {

    private static final TypeReference<Map<String, List<String>>> FILTERS = new TypeReference<>() {};
    private static final String COLUMNS = "id, owner, name, q, filters, sort, shared, webhook_url, created_at";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public SavedQueryRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The user's own saved queries and everyone's shared ones, by name. */
    public List<SavedQuery> visibleTo(String user) {
        return jdbc.sql("select " + COLUMNS
                        + " from saved_query where owner = ? or shared = true order by lower(name), id")
                .param(user)
                .query(this::row)
                .list();
    }

    /** The saved query if the user may see it: their own, or a shared one. */
    public Optional<SavedQuery> find(long id, String user) {
        return jdbc.sql("select " + COLUMNS + " from saved_query where id = ? and (owner = ? or shared = true)")
                .params(id, user)
                .query(this::row)
                .optional();
    }

    public long insert(SavedQueryDraft draft, String owner, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into saved_query (owner, name, q, filters, sort, shared, webhook_url, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        owner,
                        draft.name(),
                        draft.q(),
                        filters(draft.filters()),
                        draft.sort(),
                        draft.shared(),
                        draft.webhookUrl(),
                        Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void update(long id, SavedQueryDraft draft) {
        jdbc.sql(
                        "update saved_query set name = ?, q = ?, filters = ?, sort = ?, shared = ?, webhook_url = ? where id = ?")
                .params(
                        draft.name(),
                        draft.q(),
                        filters(draft.filters()),
                        draft.sort(),
                        draft.shared(),
                        draft.webhookUrl(),
                        id)
                .update();
    }

    public void delete(long id) {
        jdbc.sql("delete from saved_query where id = ?").param(id).update();
    }

    /** When the user last opened the saved query's results, if ever. */
    public Optional<Instant> seenAt(long id, String user) {
        return jdbc.sql("select seen_at from saved_query_seen where saved_query_id = ? and username = ?")
                .params(id, user)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    public void markSeen(long id, String user, Instant at) {
        int updated = jdbc.sql("update saved_query_seen set seen_at = ? where saved_query_id = ? and username = ?")
                .params(Timestamp.from(at), id, user)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into saved_query_seen (saved_query_id, username, seen_at) values (?, ?, ?)")
                        .params(id, user, Timestamp.from(at))
                        .update();
            } catch (DuplicateKeyException openedTwiceAtOnce) {
                markSeen(id, user, at);
            }
        }
    }

    /** Saved queries with a webhook, and the time up to which their new matches were announced. */
    public List<Announced> withWebhook() {
        return jdbc.sql("select " + COLUMNS + ", webhook_notified_at from saved_query where webhook_url is not null")
                .query((rs, n) -> {
                    Timestamp notified = rs.getTimestamp("webhook_notified_at");
                    SavedQuery query = row(rs, n);
                    return new Announced(query, notified == null ? query.createdAt() : notified.toInstant());
                })
                .list();
    }

    public void markAnnounced(long id, Instant upTo) {
        jdbc.sql("update saved_query set webhook_notified_at = ? where id = ?")
                .params(Timestamp.from(upTo), id)
                .update();
    }

    public void logDelivery(long id, WebhookDelivery delivery) {
        jdbc.sql("insert into webhook_delivery (saved_query_id, attempted_at, attempt, new_count, status_code, error) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        Timestamp.from(delivery.attemptedAt()),
                        delivery.attempt(),
                        delivery.newCount(),
                        delivery.statusCode(),
                        delivery.error())
                .update();
    }

    /** The latest deliveries first. */
    public List<WebhookDelivery> deliveries(long id, int limit) {
        return jdbc.sql("select attempted_at, attempt, new_count, status_code, error from webhook_delivery "
                        + "where saved_query_id = ? order by attempted_at desc, id desc fetch first ? rows only")
                .params(id, limit)
                .query((rs, n) -> new WebhookDelivery(
                        rs.getTimestamp("attempted_at").toInstant(),
                        rs.getInt("attempt"),
                        rs.getLong("new_count"),
                        (Integer) rs.getObject("status_code", Integer.class),
                        rs.getString("error")))
                .list();
    }

    private SavedQuery row(ResultSet rs, int rowNum) throws SQLException {
        try {
            return new SavedQuery(
                    rs.getLong("id"),
                    rs.getString("owner"),
                    rs.getString("name"),
                    rs.getString("q"),
                    json.readValue(rs.getString("filters"), FILTERS),
                    rs.getString("sort"),
                    rs.getBoolean("shared"),
                    rs.getString("webhook_url"),
                    rs.getTimestamp("created_at").toInstant(),
                    0);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Saved query " + rs.getLong("id") + " has unreadable filters", e);
        }
    }

    private String filters(Map<String, List<String>> filters) {
        try {
            return json.writeValueAsString(filters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Filters could not be written as JSON", e);
        }
    }

    /** A saved query with a webhook and the first-indexed time up to which its matches were announced. */
    public record Announced(SavedQuery query, Instant upTo) {}
}
