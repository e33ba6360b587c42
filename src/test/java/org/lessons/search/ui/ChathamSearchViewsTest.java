package org.lessons.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.lessons.marking.Marking;
import org.lessons.testsupport.CanaryCorpus;
import org.lessons.testsupport.CanaryViewsTest;
import org.lessons.testsupport.ChathamCanary;
import org.lessons.testsupport.ForThreeClearances;
import org.lessons.testsupport.TestAudit;

/**
 * The search screen's hit cards for a document held under the Chatham House rule: a TLP:GREEN reader sees its
 * passages with "[name withheld]" where people are named, in the snippet, the title and the event; TLP:AMBER and
 * TLP:RED readers see the names.
 */
class ChathamSearchViewsTest extends CanaryViewsTest {

    @Override
    protected Map<Class<? extends Component>, Supplier<? extends Component>> views(CanaryCorpus canaries) {
        return Map.of(
                SearchView.class,
                () -> new SearchView(
                        canaries.search(),
                        canaries.suggestions(),
                        canaries.savedQueries(),
                        new AuthenticationContext(),
                        TestAudit.log()));
    }

    @BeforeEach
    void holdAChathamHouseDocument() {
        ChathamCanary.addTo(canaries.index());
    }

    @ForThreeClearances
    void hitCardsNameNobodyBelowTheAttributionClearance(Marking clearance) {
        canaries.signIn(clearance);

        UI.getCurrent().navigate("", QueryParameters.fromString("q=jetty"));

        List<HitCard> cards = _find(HitCard.class);
        assertThat(cards).hasSize(ChathamCanary.TEXTS.size());
        for (HitCard card : cards) {
            String shown = card.getElement().getOuterHTML();
            assertThat(shown).contains("<mark>");
            if (clearance.permits(Marking.AMBER)) {
                ChathamCanary.assertNamesShown(shown);
            } else {
                ChathamCanary.assertNamesWithheld(shown);
            }
        }
    }
}
