package org.lessons.library.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditLog;
import org.lessons.ingest.DocumentHandlings;
import org.lessons.ingest.HandlingChange;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;
import org.lessons.marking.MarkingSource;
import org.lessons.marking.SourcedHandling;

/**
 * The curator's control for a document's marking and Chatham House flag, on the document screen. It offers only
 * markings up to the curator's own clearance, since nobody may mark above it; what a curator sets outranks the
 * file's own marking until they hand the decision back to it.
 */
class HandlingEditor extends Div {

    private final String documentId;
    private final DocumentHandlings handlings;
    private final AuditLog audit;
    private final Runnable changed;
    private final Select<Marking> marking = new Select<>();
    private final Checkbox chathamHouse = new Checkbox("Held under the Chatham House rule");

    HandlingEditor(
            String documentId, SourcedHandling current, DocumentHandlings handlings, AuditLog audit, Runnable changed) {
        this.documentId = documentId;
        this.handlings = handlings;
        this.audit = audit;
        this.changed = changed;
        addClassName("handling-editor");
        marking.setId("handling-marking");
        marking.setLabel("Marking");
        marking.setItems(handlings.markingsAllowed());
        marking.setItemLabelGenerator(Marking::label);
        marking.setEmptySelectionAllowed(false);
        marking.setHelperText("Up to your own clearance");
        marking.setValue(current.handling().marking());
        chathamHouse.setId("handling-chatham-house");
        chathamHouse.setValue(current.handling().chathamHouse());
        if (current.handling().chathamHouse() && !handlings.mayLiftChathamHouse()) {
            chathamHouse.setReadOnly(true);
            chathamHouse.setHelperText("Only someone cleared to read its names may lift the rule");
        }
        Button save = new Button("Save marking", click -> save());
        save.setId("handling-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph source = new Paragraph(describe(current.source()));
        source.addClassName("handling-source");
        add(marking, chathamHouse, save, source);
        if (current.source() == MarkingSource.OVERRIDE && !chathamHouse.isReadOnly()) {
            Button handBack = new Button("Use the document's own marking", click -> handBack());
            handBack.setId("handling-remove-override");
            handBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(handBack);
        }
    }

    private void save() {
        handlings
                .override(documentId, new Handling(marking.getValue(), chathamHouse.getValue()))
                .ifPresent(change -> done(change, "Marked "));
    }

    private void handBack() {
        handlings.removeOverride(documentId).ifPresent(change -> done(change, "Back to its own marking: "));
    }

    private void done(HandlingChange change, String what) {
        audit.record(AuditKind.MARKING_CHANGE, change.describe());
        Handling now = change.after().handling();
        Notification.show(
                what + now.marking().label() + (now.chathamHouse() ? ", under the Chatham House rule" : "")
                        + ". Search obeys it now.",
                5000,
                Notification.Position.BOTTOM_START);
        changed.run();
    }

    private static String describe(MarkingSource source) {
        return switch (source) {
            case OVERRIDE -> "Set by a curator; it outranks the file's own marking.";
            case SIDECAR -> "From the file's sidecar (.marking file).";
            case METADATA -> "From the document's properties.";
            case TEXT -> "From a marking line at the top of the document.";
            case FOLDER -> "From its folder's .marking file.";
            case DEFAULT -> "No marking found; the configured default applies.";
        };
    }
}
