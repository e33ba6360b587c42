package org.lessons.savedquery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.lessons.savedquery.SavedQuery;
import org.lessons.savedquery.SavedQueryService;
import org.lessons.savedquery.WebhookDelivery;

/** The latest calls of a saved query's webhook, so that its owner can see whether announcements arrive. */
class DeliveryLogDialog extends Dialog {

    DeliveryLogDialog(SavedQueryService savedQueries, SavedQuery query) {
        setHeaderTitle("Webhook log of \u201c" + query.name() + "\u201d");
        setWidth("min(48rem, 95vw)");
        add(new Paragraph("Announcements go to " + query.webhookUrl() + " when new passages match."));
        Grid<WebhookDelivery> log = new Grid<>(WebhookDelivery.class, false);
        log.addColumn(WebhookDelivery::attemptedAt).setHeader("Time");
        log.addColumn(WebhookDelivery::attempt).setHeader("Attempt");
        log.addColumn(WebhookDelivery::newCount).setHeader("New");
        log.addColumn(delivery -> delivery.statusCode() == null ? delivery.error() : "HTTP " + delivery.statusCode())
                .setHeader("Outcome")
                .setFlexGrow(3);
        log.setItems(savedQueries.deliveries(query));
        log.setAllRowsVisible(true);
        add(log);
        getFooter().add(new Button("Close", click -> close()));
    }
}
