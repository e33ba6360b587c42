package org.lessons.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lessons.marking.Marking;
import org.lessons.testsupport.CanaryCorpus;
import org.lessons.testsupport.CanaryViewsTest;
import org.lessons.testsupport.ChathamCanary;
import org.lessons.testsupport.ForThreeClearances;
import org.lessons.testsupport.TestAudit;

/**
 * The search screen, its facets and type-ahead, and the matrix, signed in as users of three clearances: each shows
 * exactly the canaries that user may see, with their markings, and nothing of the others. Hit cards of a document
 * held under the Chatham House rule show a TLP:GREEN reader "[name withheld]" for every person, and TLP:AMBER and
 * TLP:RED readers the names.
 */
class ClearanceSearchViewsTest extends CanaryViewsTest {

    @Override
    protected Map<Class<? extends Component>, Supplier<? extends Component>> views(CanaryCorpus canaries) {
        return Map.of(
                SearchView.class,
                () -> new SearchView(
                        canaries.search(),
                        canaries.suggestions(),
                        canaries.savedQueries(),
                        new AuthenticationContext(),
                        TestAudit.log()),
                MatrixView.class,
                () -> new MatrixView(canaries.matrix(), canaries.search()));
    }

    @ForThreeClearances
    void theSearchScreenShowsEachUserTheirCanariesWithTheirMarkings(Marking clearance) {
        canaries.signIn(clearance);

        UI.getCurrent().navigate("", QueryParameters.fromString("q=lighthouse%20harbour"));

        int visible = clearance.visible().size();
        assertThat(_get(Span.class, spec -> spec.withClasses("result-summary")).getText())
                .isEqualTo(visible + " passages");
        assertThat(_find(HitCard.class)).hasSize(visible);
        assertThat(_find(Span.class, spec -> spec.withClasses("marking-badge")).stream()
                        .map(Span::getText)
                        .toList())
                .containsExactlyInAnyOrderElementsOf(
                        clearance.visible().stream().map(Marking::label).toList());
        assertShowsNothingHiddenFrom(clearance);
        boolean red = clearance == Marking.RED;
        assertThat(_find(Checkbox.class, spec -> spec.withLabel("Iceland (1)"))).hasSize(red ? 1 : 0);
        assertThat(_find(Checkbox.class, spec -> spec.withLabel("INTERPOL (1)")))
                .hasSize(red ? 1 : 0);
    }

    @ForThreeClearances
    void typeAheadProposesOnlyWhatTheUserMaySee(Marking clearance) {
        canaries.signIn(clearance);
        UI.getCurrent().navigate("");
        TextField query = _get(TextField.class, spec -> spec.withId("search-query"));

        _setValue(query, "canary");
        List<String> words = proposals();
        _setValue(query, "icel");
        List<String> iceland = proposals();

        assertThat(words)
                .containsExactlyInAnyOrderElementsOf(clearance.visible().stream()
                        .map(marking -> CanaryCorpus.token(marking) + " (1)")
                        .toList());
        assertThat(iceland).hasSize(clearance == Marking.RED ? 2 : 0);
    }

    @ForThreeClearances
    void theMatrixShowsOnlyTheCountriesAndToolsOfVisibleCanaries(Marking clearance) {
        canaries.signIn(clearance);

        UI.getCurrent().navigate("matrix", QueryParameters.fromString("q=lighthouse"));

        String matrix = _get(MatrixView.class).getElement().getTextRecursively();
        boolean red = clearance == Marking.RED;
        assertThat(matrix.contains("Iceland")).isEqualTo(red);
        assertThat(matrix.contains("Asset freezing")).isEqualTo(red);
        assertThat(matrix.contains("Denmark")).isEqualTo(clearance.permits(Marking.AMBER));
        assertThat(matrix).contains("Sweden", "Norway");
    }

    @ForThreeClearances
    void hitCardsNameNobodyBelowTheAttributionClearance(Marking clearance) {
        ChathamCanary.addTo(canaries.index());
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

    private static List<String> proposals() {
        return _find(Button.class, spec -> spec.withClasses("suggestion")).stream()
                .map(Button::getText)
                .toList();
    }

    private static void assertShowsNothingHiddenFrom(Marking clearance) {
        String screen = _get(SearchView.class).getElement().getOuterHTML();
        for (Marking marking : Marking.values()) {
            assertThat(screen.contains(CanaryCorpus.token(marking)))
                    .as(CanaryCorpus.token(marking))
                    .isEqualTo(clearance.permits(marking));
        }
    }
}
