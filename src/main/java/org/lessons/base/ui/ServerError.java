package org.lessons.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a screen that fails while opening shows, in place of Vaadin's page, which names the exception and in
 * development mode (how Lessons runs) prints its stack trace to the user. The details go to the log, as
 * {@link UiErrorHandler} does for failures after a screen is open.
 */
@PageTitle("Error · Lessons")
@AnonymousAllowed
class ServerError extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerError.class);

    ServerError() {
        addClassName("error-view");
        add(
                new H1("Something went wrong"),
                new Paragraph("This screen could not be opened; the error has been logged. Try again, and if it"
                        + " persists, tell an administrator."),
                new Anchor("", "Go to the search"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error(
                "Could not open '{}'",
                event.getLocation().getPathWithQueryParameters(),
                parameter.getCaughtException());
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
