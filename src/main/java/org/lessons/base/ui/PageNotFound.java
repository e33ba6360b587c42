package org.lessons.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What every address that shows nothing answers, in place of Vaadin's page, which in development mode (how Lessons
 * runs) lists every route and the reason access was refused. A page that does not exist, a document that does not
 * exist and a screen the user may not open read alike, so the answer tells nothing about what is there.
 */
@PageTitle("Not found · Lessons")
@AnonymousAllowed
class PageNotFound extends Div implements HasErrorParameter<NotFoundException> {

    PageNotFound() {
        addClassName("error-view");
        add(
                new H1("Nothing here"),
                new Paragraph("There is nothing at this address that you can open. Check the link, or start again"
                        + " from the search."),
                new Anchor("", "Go to the search"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
