package org.lessons.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessons.audit.AuditEntry;
import org.lessons.audit.AuditEvent;
import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditLog;
import org.lessons.audit.internal.AuditRepository;
import org.lessons.audit.internal.AuditWriter;
import org.lessons.testsupport.TestDatabase;
import org.lessons.testsupport.ViewTesting;

class AuditViewTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    private final AuditRepository repository = new AuditRepository(TestDatabase.migrated());

    @BeforeEach
    void open() {
        // 240 searches by ann, one an hour from 1 March 08:00 UTC, then bob's export and download
        for (int hour = 0; hour < 240; hour++) {
            write("ann", AuditKind.SEARCH, "q=\"search " + hour + "\" page=0", START.plusSeconds(3600L * hour));
        }
        write("bob", AuditKind.EXPORT, "csv: q=\"prison\" page=0", START.plusSeconds(3600L * 300));
        write("bob", AuditKind.DOWNLOAD, "doc-7", START.plusSeconds(3600L * 301));
        AuditLog audit = new AuditLog(new AuditWriter(repository, Runnable::run), repository, Clock.systemUTC());
        ViewTesting.open(Map.of(AuditView.class, () -> new AuditView(audit)));
        UI.getCurrent().navigate("admin/audit");
    }

    @AfterEach
    void close() {
        ViewTesting.close();
    }

    @Test
    void listsEveryEntryNewestFirstLoadingPagesAsItScrolls() {
        assertThat(count()).isEqualTo("242 entries");
        assertThat(GridKt._size(grid())).isEqualTo(242);
        assertThat(GridKt._get(grid(), 0).detail()).isEqualTo("doc-7");
        assertThat(GridKt._get(grid(), 0).clientAddress()).isEqualTo("192.0.2.1");
        assertThat(GridKt._get(grid(), 241).detail())
                .as("the oldest, from a later page")
                .isEqualTo("q=\"search 0\" page=0");
        assertThat(GridKt._getFormattedRow(grid(), 0)).startsWith("2026-03-13 21:00:00", "bob", "DOWNLOAD");
    }

    @Test
    void theFiltersNarrowTheList() {
        _setValue(_get(TextField.class, spec -> spec.withId("audit-user")), "bob");
        assertThat(details()).containsExactly("doc-7", "csv: q=\"prison\" page=0");

        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("audit-kinds")), Set.of(AuditKind.EXPORT));
        assertThat(details()).containsExactly("csv: q=\"prison\" page=0");

        _setValue(_get(TextField.class, spec -> spec.withId("audit-user")), "");
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("audit-kinds")), Set.of());
        _setValue(_get(TextField.class, spec -> spec.withId("audit-text")), "SEARCH 23\"");
        assertThat(details()).containsExactly("q=\"search 23\" page=0");
        assertThat(count()).isEqualTo("1 entry");

        _setValue(_get(TextField.class, spec -> spec.withId("audit-text")), "");
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), LocalDate.of(2026, 3, 2));
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-to")), LocalDate.of(2026, 3, 2));
        assertThat(count()).as("the 24 searches of 2 March, UTC").isEqualTo("24 entries");
        assertThat(details()).first().isEqualTo("q=\"search 39\" page=0");
    }

    @Test
    void datesTheWrongWayRoundSayWhyTheListIsEmpty() {
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), LocalDate.of(2026, 3, 5));
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-to")), LocalDate.of(2026, 3, 4));

        assertThat(GridKt._size(grid())).isZero();
        assertThat(count()).isEqualTo("No entries: 'To' is before 'From'.");
    }

    private void write(String user, AuditKind kind, String detail, Instant time) {
        repository.insert(new AuditEvent(time, user, kind, detail, "192.0.2.1"));
    }

    private static String count() {
        return _get(Span.class, spec -> spec.withClasses("audit-count")).getText();
    }

    private static List<String> details() {
        Grid<AuditEntry> grid = grid();
        List<String> details = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            details.add(GridKt._get(grid, row).detail());
        }
        return details;
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class);
    }
}
