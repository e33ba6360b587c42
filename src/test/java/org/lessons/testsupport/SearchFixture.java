package org.lessons.testsupport;

import java.nio.file.Path;
import java.time.LocalDate;
import org.lessons.index.DocumentType;
import org.lessons.index.IndexedDocument;
import org.lessons.index.LessonIndex;
import org.lessons.search.SearchService;

/**
 * A small real index for search tests: documents over three years and two languages, two versions of a guide
 * that repeat a paragraph, and passages written with the long forms of the domain's acronyms.
 */
public final class SearchFixture implements AutoCloseable {

    public static final String REPEATED_PARAGRAPH = "Joint investigation teams with Eurojust support allowed "
            + "prosecutors in both countries to share evidence directly and to agree early on where to prosecute.";

    private final LessonIndex index;
    private final SearchService search;

    public SearchFixture(Path dataDir) {
        index = TestIndex.open(dataDir);
        search = TestSearch.service(index, TestIndex.tagger(dataDir));
        index.replace(TestIndex.document(
                "draft",
                "Practitioner's guide, working draft",
                DocumentType.GUIDE_DRAFT,
                LocalDate.of(2021, 9, 15),
                "en",
                REPEATED_PARAGRAPH,
                "Designation of groups and asset freezing disrupted the financing of violent networks."));
        index.replace(TestIndex.document(
                "final",
                "Practitioner's guide, final draft",
                DocumentType.GUIDE_DRAFT,
                LocalDate.of(2022, 9, 30),
                "en",
                REPEATED_PARAGRAPH + " This remains the main lesson.",
                "Mutual legal assistance requests took months when the evidence sat with foreign platforms."));
        index.replace(TestIndex.document(
                "oslo",
                "Expert meeting in Oslo",
                DocumentType.MEETING_NOTES,
                LocalDate.of(2022, 6, 22),
                "en",
                "Norwegian prosecutors shared evidence with Swedish colleagues through a joint investigation team.",
                "Racially or ethnically motivated terrorism by lone actors was the focus of the Norwegian delegation.",
                "Post-release monitoring of lone actors needs probation officers who know the case."));
        index.replace(TestIndex.document(
                "paris",
                "Contribution de la France",
                DocumentType.NATIONAL_CONTRIBUTION,
                LocalDate.of(2020, 3, 3),
                "fr",
                "Les autorités françaises ont renforcé la réinsertion des détenus radicalisés après leur libération."));
        index.commit();
    }

    public SearchService search() {
        return search;
    }

    /** Adds a document and makes it visible to the next search at once. */
    public void add(IndexedDocument document) {
        index.replace(document);
        index.commit();
    }

    public LessonIndex index() {
        return index;
    }

    @Override
    public void close() throws Exception {
        index.close();
    }
}
