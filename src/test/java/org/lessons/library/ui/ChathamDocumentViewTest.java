package org.lessons.library.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.lessons.index.DocumentSummary;
import org.lessons.marking.Marking;
import org.lessons.testsupport.CanaryCorpus;
import org.lessons.testsupport.CanaryViewsTest;
import org.lessons.testsupport.ChathamCanary;
import org.lessons.testsupport.ForThreeClearances;
import org.lessons.testsupport.TestAudit;

/**
 * The document screen and the library for a document held under the Chatham House rule: a TLP:GREEN reader reads
 * it with "[name withheld]" in its title, facts (authors, event) and text, with the search's words still marked and
 * the countries and organisations still named; TLP:AMBER and TLP:RED readers see the names.
 */
class ChathamDocumentViewTest extends CanaryViewsTest {

    @Override
    protected Map<Class<? extends Component>, Supplier<? extends Component>> views(CanaryCorpus canaries) {
        return Map.of(
                LibraryView.class,
                () -> new LibraryView(canaries.library()),
                DocumentView.class,
                () -> new DocumentView(
                        canaries.library(),
                        canaries.ingest(),
                        canaries.highlighter(),
                        canaries.search(),
                        TestAudit.log()));
    }

    @BeforeEach
    void holdAChathamHouseDocument() {
        ChathamCanary.addTo(canaries.index());
    }

    @ForThreeClearances
    void theDocumentNamesNobodyBelowTheAttributionClearance(Marking clearance) {
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
}
