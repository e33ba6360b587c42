package org.lessons.library.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lessons.index.DocumentSummary;
import org.lessons.marking.Marking;
import org.lessons.testsupport.CanaryCorpus;
import org.lessons.testsupport.CanaryViewsTest;
import org.lessons.testsupport.ChathamCanary;
import org.lessons.testsupport.ForThreeClearances;

/**
 * The library and the document screen, signed in as users of three clearances: each lists and opens exactly the
 * canaries that user may see, and opening a hidden one looks exactly like opening one that does not exist. In a
 * document held under the Chatham House rule, a TLP:GREEN reader reads "[name withheld]" for every person, in its
 * title, facts (authors, event) and text, with the search's words still marked and the countries and organisations
 * still named; TLP:AMBER and TLP:RED readers see the names.
 */
class ClearanceLibraryViewsTest extends CanaryViewsTest {

    @Override
    protected Map<Class<? extends Component>, Supplier<? extends Component>> views(CanaryCorpus canaries) {
        return Map.of(
                LibraryView.class,
                () -> new LibraryView(canaries.library()),
                DocumentView.class,
                () -> CanaryDocumentView.of(canaries));
    }

    @ForThreeClearances
    void theLibraryListsOnlyWhatTheUserMaySee(Marking clearance) {
        canaries.signIn(clearance);

        UI.getCurrent().navigate("library");

        // the TLP:RED user also sees the failed file marked TLP:RED
        int listed = clearance.visible().size() + (clearance == Marking.RED ? 1 : 0);
        assertThat(_get(Span.class, spec -> spec.withClasses("library-count")).getText())
                .isEqualTo(listed + " documents");
    }

    @ForThreeClearances
    void aVisibleDocumentOpensWithItsMarking(Marking clearance) {
        canaries.signIn(clearance);

        UI.getCurrent().navigate("documents/" + CanaryCorpus.documentId(clearance));

        assertThat(_get(DocumentView.class).getElement().getTextRecursively()).contains(CanaryCorpus.token(clearance));
        assertThat(_find(Span.class, spec -> spec.withClasses("marking-badge")).stream()
                        .map(Span::getText)
                        .toList())
                .containsExactly(clearance.label());
    }

    @Test
    void aHiddenDocumentLooksExactlyLikeAMissingOne() {
        String amber = "documents/" + CanaryCorpus.documentId(Marking.AMBER);
        canaries.signIn(Marking.GREEN);
        UI.getCurrent().navigate(amber);
        String hidden = screen();
        assertThat(_find(DocumentView.class)).isEmpty();
        assertThat(hidden).doesNotContain(CanaryCorpus.token(Marking.AMBER));

        canaries.index().deletePath(CanaryCorpus.documentId(Marking.AMBER) + ".txt");
        canaries.index().commit();
        canaries.signIn(Marking.RED);
        UI.getCurrent().navigate(amber);

        assertThat(screen()).isEqualTo(hidden);
    }

    @ForThreeClearances
    void theDocumentNamesNobodyBelowTheAttributionClearance(Marking clearance) {
        ChathamCanary.addTo(canaries.index());
        canaries.signIn(clearance);

        UI.getCurrent()
                .navigate("documents/" + ChathamCanary.DOCUMENT_ID, QueryParameters.fromString("q=opened%20lantern"));

        String screen = _get(DocumentView.class).getElement().getOuterHTML();
        assertThat(screen).contains("<mark>opened</mark>", "Europol", "Norway");
        if (clearance.permits(Marking.AMBER)) {
            ChathamCanary.assertNamesShown(screen);
            assertThat(_get(H1.class).getText()).isEqualTo(ChathamCanary.TITLE);
        } else {
            ChathamCanary.assertNamesWithheld(screen);
            assertThat(_get(H1.class).getText()).isEqualTo("Jetty debrief by Dr [name withheld]");
        }
    }

    @ForThreeClearances
    void theLibraryListsTheTitleWithoutNamesBelowTheAttributionClearance(Marking clearance) {
        ChathamCanary.addTo(canaries.index());
        canaries.signIn(clearance);

        UI.getCurrent().navigate("library");

        @SuppressWarnings("unchecked")
        Grid<DocumentSummary> grid = _get(Grid.class);
        List<String> titles = IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._get(grid, row).title())
                .toList();
        assertThat(titles)
                .contains(
                        clearance.permits(Marking.AMBER) ? ChathamCanary.TITLE : "Jetty debrief by Dr [name withheld]");
    }

    private static String screen() {
        return UI.getCurrent().getElement().getOuterHTML();
    }
}
