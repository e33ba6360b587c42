package org.lessons.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.search.MatrixService;
import org.lessons.search.SearchService;
import org.lessons.search.SuggestService;
import org.lessons.testsupport.SearchFixture;
import org.lessons.testsupport.TestAudit;
import org.lessons.testsupport.TestIndex;
import org.lessons.testsupport.TestSavedQueries;
import org.lessons.testsupport.TestViewers;
import org.lessons.testsupport.ViewTesting;

class MatrixViewTest {

    @TempDir
    Path dataDir;

    private SearchFixture fixture;

    @BeforeEach
    void open() {
        fixture = new SearchFixture(dataDir);
        SearchService search = fixture.search();
        ViewTesting.open(Map.of(
                MatrixView.class,
                () -> new MatrixView(new MatrixService(search), search),
                SearchView.class,
                () -> new SearchView(
                        search,
                        new SuggestService(fixture.index(), TestIndex.tagger(dataDir), TestViewers.unrestricted()),
                        TestSavedQueries.service(search),
                        new AuthenticationContext(),
                        TestAudit.log())));
    }

    @AfterEach
    void close() throws Exception {
        ViewTesting.close();
        fixture.close();
    }

    @Test
    void aCellOpensTheSearchForItsToolAndCountryWithAsManyPassagesAsItShows() {
        UI.getCurrent().navigate("matrix", QueryParameters.fromString("q=evidence"));
        Button cell = _find(NativeTableCell.class).stream()
                .flatMap(c -> c.getChildren())
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow();
        String count = cell.getText();

        _click(cell);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEmpty();
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .containsKeys("tool", "country")
                .containsEntry("q", List.of("evidence"));
        assertThat(_get(Span.class, spec -> spec.withClasses("result-summary")).getText())
                .isEqualTo(count.equals("1") ? "1 passage" : count + " passages");
    }
}
