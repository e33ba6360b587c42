package org.lessons.library.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;
import org.lessons.search.SearchRequest;
import org.lessons.testsupport.CanaryCorpus;
import org.lessons.testsupport.CanaryViewsTest;
import org.lessons.testsupport.TestViewers;

/**
 * The marking control on the document screen: curators and admins change a document's marking and Chatham House
 * flag up to their own clearance, and hand the decision back to the file; analysts see no control.
 */
class HandlingEditorTest extends CanaryViewsTest {

    private static final String GREEN_DOCUMENT = "documents/" + CanaryCorpus.documentId(Marking.GREEN);

    @Override
    protected Map<Class<? extends Component>, Supplier<? extends Component>> views(CanaryCorpus canaries) {
        return Map.of(DocumentView.class, () -> CanaryDocumentView.of(canaries));
    }

    @Test
    void anAnalystSeesNoControl() {
        canaries.signIn(Marking.RED);

        UI.getCurrent().navigate(GREEN_DOCUMENT);

        assertThat(_find(HandlingEditor.class)).isEmpty();
    }

    @Test
    void aCuratorIsOfferedMarkingsUpToTheirOwnClearanceOnly() {
        TestViewers.signIn(CanaryCorpus.user(Marking.AMBER), "CURATOR");

        UI.getCurrent().navigate(GREEN_DOCUMENT);

        Select<Marking> marking = markingSelect();
        assertThat(marking.getListDataView().getItems()).containsExactly(Marking.CLEAR, Marking.GREEN, Marking.AMBER);
        assertThat(marking.getValue()).isEqualTo(Marking.GREEN);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("handling-source"))
                        .getText())
                .contains("configured default");
    }

    @Test
    void aCuratorChangesTheMarkingAndSearchObeysItAtOnce() {
        TestViewers.signIn(CanaryCorpus.user(Marking.AMBER), "CURATOR");
        UI.getCurrent().navigate(GREEN_DOCUMENT);

        _setValue(markingSelect(), Marking.AMBER);
        _setValue(_get(Checkbox.class, spec -> spec.withId("handling-chatham-house")), true);
        _click(_get(Button.class, spec -> spec.withId("handling-save")));

        NotificationsKt.expectNotifications("Marked TLP:AMBER, under the Chatham House rule. Search obeys it now.");
        assertThat(badges()).containsExactly("TLP:AMBER");
        assertThat(_get(Checkbox.class, spec -> spec.withId("handling-chatham-house"))
                        .getValue())
                .isTrue();
        canaries.signIn(Marking.GREEN);
        assertThat(found(Marking.GREEN)).isZero();
    }

    @Test
    void aCuratorHandsTheDecisionBackToTheFile() {
        TestViewers.signIn(CanaryCorpus.user(Marking.RED), "ADMIN");
        UI.getCurrent().navigate(GREEN_DOCUMENT);
        _setValue(markingSelect(), Marking.RED);
        _click(_get(Button.class, spec -> spec.withId("handling-save")));
        NotificationsKt.clearNotifications();

        _click(_get(Button.class, spec -> spec.withId("handling-remove-override")));

        NotificationsKt.expectNotifications("Back to its own marking: TLP:GREEN. Search obeys it now.");
        assertThat(badges()).containsExactly("TLP:GREEN");
        assertThat(_find(Button.class, spec -> spec.withId("handling-remove-override")))
                .isEmpty();
    }

    @Test
    void aCuratorNotClearedForTheNamesCannotLiftTheChathamHouseRule() {
        TestViewers.signIn(CanaryCorpus.user(Marking.AMBER), "CURATOR");
        UI.getCurrent().navigate(GREEN_DOCUMENT);
        _setValue(_get(Checkbox.class, spec -> spec.withId("handling-chatham-house")), true);
        _click(_get(Button.class, spec -> spec.withId("handling-save")));

        TestViewers.signIn(CanaryCorpus.user(Marking.GREEN), "CURATOR");
        UI.getCurrent().navigate(GREEN_DOCUMENT);

        Checkbox rule = _get(Checkbox.class, spec -> spec.withId("handling-chatham-house"));
        assertThat(rule.getValue()).isTrue();
        assertThat(rule.isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("handling-remove-override")))
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Select<Marking> markingSelect() {
        return _get(Select.class, spec -> spec.withId("handling-marking"));
    }

    private static List<String> badges() {
        return _find(Span.class, spec -> spec.withClasses("marking-badge")).stream()
                .map(Span::getText)
                .toList();
    }

    private long found(Marking marking) {
        return canaries.search()
                .search(SearchRequest.of(CanaryCorpus.token(marking)))
                .total();
    }
}
