package org.lessons.savedquery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.audit.AuditLog;
import org.lessons.index.DocumentType;
import org.lessons.index.IndexedDocument;
import org.lessons.savedquery.SavedQuery;
import org.lessons.savedquery.SavedQueryDraft;
import org.lessons.savedquery.SavedQueryService;
import org.lessons.testsupport.SearchFixture;
import org.lessons.testsupport.TestAudit;
import org.lessons.testsupport.TestIndex;
import org.lessons.testsupport.TestSavedQueries;
import org.lessons.testsupport.ViewTesting;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class SavedQueriesViewTest {

    private static final String NEW_TEXT = "Probation officers in Lyon met released prisoners weekly.";

    @TempDir
    Path dataDir;

    private SearchFixture fixture;
    private SavedQueryService savedQueries;
    private final AuditLog audit = TestAudit.log();

    @BeforeEach
    void open() {
        fixture = new SearchFixture(dataDir);
        savedQueries = TestSavedQueries.service(fixture.search());
        savedQueries.create(new SavedQueryDraft("Probation", "probation", Map.of(), "relevance", false, null), "alice");
        savedQueries.create(new SavedQueryDraft("Evidence", "evidence", Map.of(), "newest", true, null), "bob");
        savedQueries.create(new SavedQueryDraft("Bob's own", "prison", Map.of(), "relevance", false, null), "bob");
        IndexedDocument lyon = TestIndex.document(
                "lyon", "Meeting in Lyon", DocumentType.MEETING_NOTES, LocalDate.of(2026, 1, 5), "en", NEW_TEXT);
        fixture.add(new IndexedDocument(
                lyon.id(),
                lyon.source(),
                lyon.metadata(),
                lyon.passages(),
                Instant.now().plusSeconds(60)));
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("alice", null, "ROLE_ANALYST"));
        ViewTesting.open(Map.of(
                SavedQueriesView.class, () -> new SavedQueriesView(savedQueries, new AuthenticationContext(), audit)));
        UI.getCurrent().navigate("saved-queries");
    }

    @AfterEach
    void close() throws Exception {
        ViewTesting.close();
        SecurityContextHolder.clearContext();
        fixture.close();
    }

    @Test
    void listsOwnAndSharedQueriesWithWhatIsNewToTheUser() {
        Grid<SavedQuery> grid = grid();

        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("Evidence", "bob", "Shared");
        assertThat(GridKt._getFormattedRow(grid, 1)).startsWith("Probation", "alice", "Private");
        assertThat(((Span) GridKt._getCellComponent(grid, 1, "new")).getText()).isEqualTo("1 new");
        assertThat(buttons(0)).containsExactly("Run", "Show only new");
        assertThat(buttons(1)).containsExactly("Run", "Show only new", "Rename", "Delete");
    }

    @Test
    void showsOnlyTheNewPassagesWithoutMarkingThemSeen() {
        click(1, "Show only new");

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(NEW_TEXT);
        assertThat(savedQueries.visibleTo("alice").get(1).newCount()).isEqualTo(1);
        long id = savedQueries.visibleTo("alice").get(1).id();
        assertThat(TestAudit.entries(audit)).singleElement().satisfies(entry -> assertThat(entry.detail())
                .isEqualTo("saved query " + id + ", only new: q=\"probation\" page=0"));
    }

    @Test
    void renamesAndDeletesTheUsersOwnQuery() {
        click(1, "Rename");
        _setValue(_get(TextField.class, spec -> spec.withId("rename-name")), "Probation in Europe");
        _click(_get(Button.class, spec -> spec.withId("rename-confirm")));

        assertThat(GridKt._getFormattedRow(grid(), 1).get(0)).isEqualTo("Probation in Europe");

        click(1, "Delete");
        _click(_get(Button.class, spec -> spec.withId("delete-confirm")));

        assertThat(savedQueries.visibleTo("alice")).extracting(SavedQuery::name).containsExactly("Evidence");
    }

    @SuppressWarnings("unchecked")
    private static Grid<SavedQuery> grid() {
        return _get(Grid.class);
    }

    private static List<String> buttons(int row) {
        return GridKt._getCellComponent(grid(), row, "actions")
                .getChildren()
                .map(button -> ((Button) button).getText())
                .toList();
    }

    private static void click(int row, String label) {
        GridKt._getCellComponent(grid(), row, "actions")
                .getChildren()
                .map(Button.class::cast)
                .filter(button -> button.getText().equals(label))
                .findFirst()
                .orElseThrow()
                .click();
    }
}
