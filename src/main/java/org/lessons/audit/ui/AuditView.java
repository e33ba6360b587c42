package org.lessons.audit.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.lessons.audit.AuditEntry;
import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditLog;
import org.lessons.audit.AuditQuery;

/**
 * The audit log for administrators: newest first, filtered by user, kind, dates and words in the detail. The
 * grid loads a page at a time as it scrolls, since the log grows by every search of every user.
 */
@Route("admin/audit")
@PageTitle("Audit log · Lessons")
@RolesAllowed("ADMIN")
class AuditView extends Div {

    /** UTC, as the API answers, so that times read on the screen and from the API compare directly. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AuditLog audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField user = new TextField("User");
    private final MultiSelectComboBox<AuditKind> kinds = new MultiSelectComboBox<>("Kind");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final TextField text = new TextField("Detail contains");
    private final Span count = new Span();

    AuditView(AuditLog audit) {
        this.audit = audit;
        addClassName("audit-view");
        user.setId("audit-user");
        user.setHelperText("Exactly, or the name tried");
        kinds.setId("audit-kinds");
        kinds.setItems(AuditKind.values());
        from.setId("audit-from");
        to.setId("audit-to");
        text.setId("audit-text");
        user.setClearButtonVisible(true);
        text.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        user.addValueChangeListener(change -> refresh());
        kinds.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        text.addValueChangeListener(change -> refresh());
        count.addClassName("audit-count");
        count.getElement().setAttribute("role", "status");
        Div filters = new Div(user, kinds, from, to, text, count);
        filters.addClassName("audit-filters");
        columns();
        grid.setId("audit-entries");
        grid.setItems(
                query ->
                        query()
                                .map(filter -> audit.find(filter, query.getOffset(), query.getLimit()))
                                .orElse(List.of())
                                .stream(),
                query -> query().map(this::count).orElse(0));
        add(
                new H1("Audit log"),
                new Paragraph("Sign-ins, searches, document views, downloads, exports and changes to markings and"
                        + " users, newest first. Times are in UTC."),
                filters,
                grid);
        refresh();
    }

    private void columns() {
        grid.addColumn(entry -> TIME.format(entry.time()))
                .setHeader("Time")
                .setKey("time")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::username).setHeader("User").setKey("user").setAutoWidth(true);
        grid.addColumn(AuditEntry::kind).setHeader("Kind").setKey("kind").setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader("Detail").setKey("detail").setFlexGrow(4);
        grid.addColumn(AuditEntry::clientAddress)
                .setHeader("Address")
                .setKey("address")
                .setAutoWidth(true);
    }

    /** The filters as a query; none when the dates leave no day between them. */
    private Optional<AuditQuery> query() {
        Instant start = from.getValue() == null ? null : startOf(from.getValue());
        Instant end = to.getValue() == null ? null : startOf(to.getValue().plusDays(1));
        if (start != null && end != null && !start.isBefore(end)) {
            return Optional.empty();
        }
        return Optional.of(new AuditQuery(user.getValue(), kinds.getValue(), start, end, text.getValue()));
    }

    private int count(AuditQuery filter) {
        return (int) Math.min(Integer.MAX_VALUE, audit.count(filter));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(query().map(filter -> {
                    int entries = count(filter);
                    return entries == 1 ? "1 entry" : entries + " entries";
                })
                .orElse("No entries: 'To' is before 'From'."));
    }
}
