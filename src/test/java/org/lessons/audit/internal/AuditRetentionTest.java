package org.lessons.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.lessons.audit.AuditEvent;
import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditQuery;
import org.lessons.testsupport.TestDatabase;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class AuditRetentionTest {

    private static final Instant NOW = Instant.parse("2026-03-10T00:00:00Z");

    private final AuditRepository repository = new AuditRepository(TestDatabase.migrated());

    @Test
    void purgesEntriesOlderThanTheRetentionAndKeepsTheRest() {
        write("2025-03-09T23:59:59Z");
        write("2025-03-10T00:00:01Z");
        write("2026-03-09T12:00:00Z");

        new AuditRetention(repository, retention("365d"), Clock.fixed(NOW, ZoneOffset.UTC)).purge();

        assertThat(repository.find(AuditQuery.ALL, 0, 10))
                .extracting(entry -> entry.time().toString())
                .containsExactly("2026-03-09T12:00:00Z", "2025-03-10T00:00:01Z");
    }

    @Test
    void keepsAYearUnlessToldOtherwiseAndRefusesNoRetentionAtAll() {
        assertThat(retention(null).retention()).isEqualTo(Duration.ofDays(365));
        assertThat(retention("30d").retention()).isEqualTo(Duration.ofDays(30));
        assertThatThrownBy(() -> retention("0s")).hasStackTraceContaining("must be longer than zero");
    }

    private void write(String time) {
        repository.insert(new AuditEvent(Instant.parse(time), "ann", AuditKind.SEARCH, "q=\"\" page=0", null));
    }

    /** The settings as Spring binds them from the properties, defaults included. */
    private static AuditProperties retention(String value) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        if (value != null) {
            source.put("lessons.audit.retention", value);
        }
        return new Binder(source).bindOrCreate("lessons.audit", AuditProperties.class);
    }
}
