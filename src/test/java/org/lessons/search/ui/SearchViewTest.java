package org.lessons.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.audit.AuditEntry;
import org.lessons.audit.AuditKind;
import org.lessons.audit.AuditLog;
import org.lessons.index.DocumentType;
import org.lessons.index.LessonIndex;
import org.lessons.savedquery.SavedQueryService;
import org.lessons.search.SearchService;
import org.lessons.search.SortOrder;
import org.lessons.search.SuggestService;
import org.lessons.testsupport.TestAudit;
import org.lessons.testsupport.TestIndex;
import org.lessons.testsupport.TestSavedQueries;
import org.lessons.testsupport.TestSearch;
import org.lessons.testsupport.TestViewers;
import org.lessons.testsupport.ViewTesting;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class SearchViewTest {

    @TempDir
    Path dataDir;

    private LessonIndex index;
    private SavedQueryService savedQueries;
    private final AuditLog audit = TestAudit.log();

    @BeforeEach
    void openViewOnARealIndex() {
        index = TestIndex.open(dataDir);
        index.replace(TestIndex.document(
                "oslo",
                "Expert meeting in Oslo",
                DocumentType.MEETING_NOTES,
                LocalDate.of(2022, 6, 22),
                "en",
                "Post-release monitoring of lone actors in Norway needs probation officers who know the case.",
                "Prison rehabilitation programmes reduced reoffending among released prisoners."));
        index.replace(TestIndex.document(
                "guide",
                "Practitioner's guide",
                DocumentType.GUIDE_DRAFT,
                LocalDate.of(2021, 9, 15),
                "en",
                "Post-release supervision works best with clear licence conditions and regular reviews."));
        index.commit();
        SearchService search = TestSearch.service(index, TestIndex.tagger(dataDir));
        SuggestService suggestions = new SuggestService(index, TestIndex.tagger(dataDir), TestViewers.unrestricted());
        savedQueries = TestSavedQueries.service(search);
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("alice", null, "ROLE_ANALYST"));
        ViewTesting.open(Map.of(
                SearchView.class,
                () -> new SearchView(search, suggestions, savedQueries, new AuthenticationContext(), audit)));
    }

    @AfterEach
    void close() throws Exception {
        ViewTesting.close();
        SecurityContextHolder.clearContext();
        index.close();
    }

    @Test
    void savingASearchKeepsItsWordsFiltersAndOrderUnderAName() {
        open("q=prison&docType=meeting-notes&sort=newest");

        _click(_get(Button.class, spec -> spec.withText("Save")));
        _setValue(_get(TextField.class, spec -> spec.withId("saved-query-name")), "Prison regimes");
        _setValue(_get(Checkbox.class, spec -> spec.withId("saved-query-shared")), true);
        _click(_get(Button.class, spec -> spec.withId("saved-query-save")));

        assertThat(savedQueries.visibleTo("alice")).singleElement().satisfies(saved -> {
            assertThat(saved.name()).isEqualTo("Prison regimes");
            assertThat(saved.q()).isEqualTo("prison");
            assertThat(saved.filters()).isEqualTo(Map.of("docType", java.util.List.of("meeting-notes")));
            assertThat(saved.sort()).isEqualTo("newest");
            assertThat(saved.shared()).isTrue();
            assertThat(saved.owner()).isEqualTo("alice");
        });
    }

    @Test
    void eachSearchShownIsRecordedUnderTheUserButTypeAheadIsNot() {
        int before = TestAudit.entries(audit).size();
        open("q=prison&docType=meeting-notes&sort=newest");

        assertThat(TestAudit.entries(audit)).hasSize(before + 1).first().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("alice");
            assertThat(entry.kind()).isEqualTo(AuditKind.SEARCH);
            assertThat(entry.detail()).isEqualTo("q=\"prison\" docType=meeting-notes sort=newest page=0");
        });

        _setValue(_get(TextField.class, spec -> spec.withId("search-query")), "monitoring norw");

        assertThat(TestAudit.entries(audit)).as("type-ahead is no search").hasSize(before + 1);

        _click(_get(
                Button.class, spec -> spec.withClasses("suggestion").withText("Norway \u2014 country mentioned (1)")));

        assertThat(TestAudit.entries(audit))
                .hasSize(before + 2)
                .extracting(AuditEntry::detail)
                .first()
                .isEqualTo("q=\"monitoring\" country=NO docType=meeting-notes sort=newest page=0");
    }

    @Test
    void opensOnAllPassagesWithFacetCounts() {
        open("");

        assertThat(summary()).isEqualTo("3 passages");
        assertThat(facetValue("Meeting notes (2)").getValue()).isFalse();
        assertThat(facetValue("Guide draft (1)").getValue()).isFalse();
    }

    @Test
    void searchingPutsTheWordsInTheUrlAndMarksTheMatches() {
        open("");
        _setValue(_get(TextField.class, spec -> spec.withId("search-query")), "reoffending");
        _click(_get(Button.class, spec -> spec.withId("search-button")));

        assertThat(location()).isEqualTo("?q=reoffending");
        assertThat(summary()).isEqualTo("1 passage");
        assertThat(_find(HitCard.class))
                .singleElement()
                .satisfies(card -> assertThat(card.getElement().getOuterHTML()).contains("<mark>reoffending</mark>"));
    }

    @Test
    void tickingAFacetNarrowsTheResultsKeepsTheOtherValuesAndShowsARemovableChip() {
        open("");

        _setValue(facetValue("Guide draft (1)"), true);

        assertThat(location()).isEqualTo("?docType=guide-draft");
        assertThat(summary()).isEqualTo("1 passage");
        assertThat(facetValue("Guide draft (1)").getValue()).isTrue();
        assertThat(facetValue("Meeting notes (2)").getValue()).isFalse();

        _click(_get(Button.class, spec -> spec.withText("Document type: Guide draft")));

        assertThat(location()).isEmpty();
        assertThat(summary()).isEqualTo("3 passages");
    }

    @Test
    void aSearchIsRestoredFromItsUrl() {
        open("q=post-release&docType=guide-draft&sort=newest&group=document");

        assertThat(_get(TextField.class, spec -> spec.withId("search-query")).getValue())
                .isEqualTo("post-release");
        assertThat(_get(Select.class, spec -> spec.withLabel("Sort")).getValue())
                .isEqualTo(SortOrder.NEWEST);
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("One result per document"))
                        .getValue())
                .isTrue();
        assertThat(facetValue("Guide draft (1)").getValue()).isTrue();
        assertThat(summary()).isEqualTo("1 document");
    }

    @Test
    void aCountryOnAHitFiltersByIt() {
        open("q=post-release monitoring");

        _click(_get(Button.class, spec -> spec.withClasses("tag-country").withText("Norway")));

        assertThat(location()).isEqualTo("?q=post-release%20monitoring&country=NO");
        assertThat(_get(Button.class, spec -> spec.withText("Country mentioned: Norway")))
                .isNotNull();
    }

    @Test
    void typeAheadProposesACountryThatBecomesAFilter() {
        open("");
        _setValue(_get(TextField.class, spec -> spec.withId("search-query")), "monitoring norw");

        _click(_get(
                Button.class, spec -> spec.withClasses("suggestion").withText("Norway \u2014 country mentioned (1)")));

        assertThat(location()).isEqualTo("?q=monitoring&country=NO");
        assertThat(summary()).isEqualTo("1 passage");
    }

    @Test
    void aRefusedSearchSaysWhatToChange() {
        open("from=2023-01-01&to=2020-01-01");

        assertThat(_get(Div.class, spec -> spec.withClasses("search-error")).getText())
                .contains("The date range is empty");
        _click(_get(Button.class, spec -> spec.withText("Clear all")));
        assertThat(summary()).isEqualTo("3 passages");
    }

    @Test
    void noMatchesExplainWhyAndOfferASearchThatFindsSomething() {
        open("q=reoffending&docType=guide-draft");

        assertThat(summary()).isEqualTo("0 passages");
        assertThat(_get(NoResults.class).getElement().getTextRecursively()).contains("with the filters you chose");

        _click(_get(Button.class, spec -> spec.withText("Search without filters")));

        assertThat(location()).isEqualTo("?q=reoffending");
        assertThat(summary()).isEqualTo("1 passage");
    }

    @Test
    void pagingIsPartOfTheUrl() {
        open("page=1");

        assertThat(_find(HitCard.class)).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withText("Next")).isEnabled())
                .isFalse();
        _click(_get(Button.class, spec -> spec.withText("Previous")));
        assertThat(location()).isEmpty();
        assertThat(_find(HitCard.class)).hasSize(3);
    }

    private static void open(String queryString) {
        UI.getCurrent().navigate("", QueryParameters.fromString(queryString));
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static Checkbox facetValue(String label) {
        return _get(Checkbox.class, spec -> spec.withLabel(label));
    }

    private static String summary() {
        return _get(Span.class, spec -> spec.withClasses("result-summary")).getText();
    }
}
