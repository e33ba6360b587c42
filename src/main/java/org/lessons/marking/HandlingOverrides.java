package org.lessons.marking;

import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curators' overrides of documents' handling, in the database (schema in {@code V6__document_markings.sql}), with
 * SQL that H2 and PostgreSQL share. Checking who may change a marking is the caller's business; this only keeps
 * the decisions.
 */
@Component
public class HandlingOverrides {

    private final JdbcClient jdbc;

    public HandlingOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<HandlingOverride> find(String documentId) {
        return jdbc.sql("select document_id, marking, chatham_house, changed_by, changed_at from marking_override"
                        + " where document_id = ?")
                .param(documentId)
                .query((row, number) -> new HandlingOverride(
                        row.getString("document_id"),
                        new Handling(Marking.parse(row.getString("marking")), row.getBoolean("chatham_house")),
                        row.getString("changed_by"),
                        row.getTimestamp("changed_at").toInstant()))
                .optional();
    }

    /** Keeps the override, replacing an earlier one for the same document. */
    @Transactional
    public void save(HandlingOverride override) {
        remove(override.documentId());
        jdbc.sql("insert into marking_override (document_id, marking, chatham_house, changed_by, changed_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(
                        override.documentId(),
                        override.handling().marking().label(),
                        override.handling().chathamHouse(),
                        override.changedBy(),
                        Timestamp.from(override.changedAt()))
                .update();
    }

    /** Forgets the override; answers whether there was one. */
    public boolean remove(String documentId) {
        return jdbc.sql("delete from marking_override where document_id = ?")
                        .param(documentId)
                        .update()
                > 0;
    }
}
