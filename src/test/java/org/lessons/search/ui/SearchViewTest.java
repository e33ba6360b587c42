package org.lessons.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.index.DocumentType;
import org.lessons.index.LessonIndex;
import org.lessons.search.FacetValue;
import org.lessons.testsupport.TestIndex;
import org.lessons.testsupport.TestSearch;

class SearchViewTest {

    @TempDir
    Path dataDir;

    private LessonIndex index;

    @BeforeEach
    void openViewOnARealIndex() {
        index = TestIndex.open(dataDir);
        index.replace(TestIndex.document(
                "oslo",
                "Expert meeting in Oslo",
                DocumentType.MEETING_NOTES,
                LocalDate.of(2022, 6, 22),
                "en",
                "Post-release monitoring of lone actors needs probation officers who know the case.",
                "Prison rehabilitation programmes reduced reoffending among released prisoners."));
        index.replace(TestIndex.document(
                "guide",
                "Practitioner's guide",
                DocumentType.GUIDE_DRAFT,
                LocalDate.of(2021, 9, 15),
                "en",
                "Post-release supervision works best with clear licence conditions and regular reviews."));
        index.commit();
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().add(new SearchView(TestSearch.service(index, TestIndex.tagger(dataDir))));
    }

    @AfterEach
    void close() throws Exception {
        MockVaadin.tearDown();
        index.close();
    }

    @Test
    void opensOnAllPassagesWithFacetCounts() {
        assertThat(summary()).isEqualTo("3 passages");
        assertThat(docTypeFacet().getListDataView().getItems().map(FacetValue::label))
                .containsExactlyInAnyOrder("Meeting notes", "Guide draft");
    }

    @Test
    void searchingShowsOnlyMatchingPassagesWithTheMatchesMarked() {
        _setValue(_get(TextField.class, spec -> spec.withId("search-query")), "reoffending");
        _click(_get(Button.class, spec -> spec.withText("Search")));

        assertThat(summary()).isEqualTo("1 passage");
        assertThat(_find(HitCard.class))
                .singleElement()
                .satisfies(card -> assertThat(card.getElement().getOuterHTML()).contains("<mark>reoffending</mark>"));
    }

    @Test
    void tickingAFacetValueNarrowsTheResultsAndKeepsTheOtherValuesSelectable() {
        FacetValue guide = docTypeFacet()
                .getListDataView()
                .getItems()
                .filter(value -> value.value().equals("guide-draft"))
                .findFirst()
                .orElseThrow();

        _setValue(docTypeFacet(), Set.of(guide));

        assertThat(summary()).isEqualTo("1 passage");
        assertThat(docTypeFacet().getListDataView().getItems().map(FacetValue::value))
                .containsExactlyInAnyOrder("meeting-notes", "guide-draft");
        assertThat(docTypeFacet().getValue()).extracting(FacetValue::value).containsExactly("guide-draft");
    }

    @Test
    void noMatchesExplainWhatToTry() {
        _setValue(_get(TextField.class, spec -> spec.withId("search-query")), "zebra");
        _click(_get(Button.class, spec -> spec.withText("Search")));

        assertThat(summary()).isEqualTo("0 passages");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("no-results")).getText())
                .contains("Try fewer words");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<FacetValue> docTypeFacet() {
        return _get(CheckboxGroup.class, spec -> spec.withId("facet-docType"));
    }

    private String summary() {
        return _get(Span.class, spec -> spec.withClasses("result-summary")).getText();
    }
}
