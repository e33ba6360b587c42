package org.lessons.ingest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.lessons.marking.Marking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers what each file content says about its own handling (table {@code stated_marking}, keyed by the
 * content's SHA-256), so that a file whose content is unchanged can be re-marked when its sidecar, its folder default
 * or a curator's override changes, without parsing it again. A content not found here is parsed again.
 */
@Component
public class StatedHandlingStore {

    private final JdbcClient jdbc;

    public StatedHandlingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ContentStatements> find(String sha256) {
        return jdbc.sql("select metadata_marking, metadata_chatham_house, text_marking, text_chatham_house"
                        + " from stated_marking where sha256 = ?")
                .param(sha256)
                .query((row, number) -> new ContentStatements(
                        stated(row, "metadata_marking", "metadata_chatham_house"),
                        stated(row, "text_marking", "text_chatham_house")))
                .optional();
    }

    @Transactional
    void save(String sha256, ContentStatements statements) {
        jdbc.sql("delete from stated_marking where sha256 = ?").param(sha256).update();
        jdbc.sql("insert into stated_marking (sha256, metadata_marking, metadata_chatham_house, text_marking,"
                        + " text_chatham_house) values (?, ?, ?, ?, ?)")
                .params(
                        sha256,
                        label(statements.metadata().marking()),
                        statements.metadata().chathamHouse(),
                        label(statements.text().marking()),
                        statements.text().chathamHouse())
                .update();
    }

    private static StatedHandling stated(ResultSet row, String markingColumn, String chathamColumn)
            throws SQLException {
        String marking = row.getString(markingColumn);
        boolean chathamHouse = row.getBoolean(chathamColumn);
        return new StatedHandling(marking == null ? null : Marking.parse(marking), row.wasNull() ? null : chathamHouse);
    }

    private static String label(Marking marking) {
        return marking == null ? null : marking.label();
    }
}
