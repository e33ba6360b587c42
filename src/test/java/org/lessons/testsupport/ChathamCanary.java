package org.lessons.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.lessons.index.DocumentMetadata;
import org.lessons.index.DocumentType;
import org.lessons.index.IndexedDocument;
import org.lessons.index.LessonIndex;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;

/**
 * A canary for the Chatham House rule: a TLP:GREEN document held under the rule, among the {@link CanaryCorpus}, that
 * names people no other document names ({@link #NAMES}) in every way minutes do: after a title, as a speaker, before
 * "said", after "presented by", in its title and as its author. A TLP:GREEN reader may see the document but not who
 * is named in it; from TLP:AMBER (the attribution clearance of the tests' markings policy) on, readers see the names.
 */
public final class ChathamCanary {

    public static final String DOCUMENT_ID = "canary-chatham";

    public static final Marking MARKING = Marking.GREEN;

    /** Words every passage of it holds, none of them a name, so that one search finds them all. */
    public static final String WORDS = "lantern jetty";

    /** The surnames of the people it names, found in no other document. */
    public static final List<String> NAMES =
            List.of("Quillfeather", "Vantongeren", "Kettleborough", "Amberwick", "Zanobi");

    public static final String TITLE = "Jetty debrief by Dr Zanobi";

    public static final String AUTHOR = "Ottilie Zanobi";

    /** Countries and organisations it names: what the rule never withholds. */
    public static final List<String> KEPT = List.of("Europol", "Norway", "online monitoring");

    public static final List<String> TEXTS = List.of(
            "Dr Oswin Quillfeather opened the lantern jetty session on online monitoring. Marisol Vantongeren (NL)"
                    + " said the jetty watch in Norway worked with Europol.",
            "Kettleborough Amberwick noted that the lantern jetty approach needs trust, as Zanobi argued.",
            "Thea Vantongeren (BE): the lantern jetty patrols were presented by Lukas Kettleborough.");

    private ChathamCanary() {}

    /** Adds the document to the index, held under the Chatham House rule. */
    public static void addTo(LessonIndex index) {
        index.replace(document());
        index.commit();
    }

    public static String passageId(int number) {
        return DOCUMENT_ID + "-" + number;
    }

    /**
     * Asserts that the text names none of the canary's people and says so where they were (Markdown escapes the
     * brackets of the placeholder, so the words are what is looked for).
     */
    public static void assertNamesWithheld(String text) {
        for (String name : NAMES) {
            assertThat(text).as(text).doesNotContainIgnoringCase(name);
        }
        assertThat(text).contains("name withheld");
    }

    /** Asserts that the text names at least one of the canary's people and withholds nobody. */
    public static void assertNamesShown(String text) {
        assertThat(NAMES).as(text).anyMatch(text::contains);
        assertThat(text).doesNotContain("name withheld");
    }

    private static IndexedDocument document() {
        IndexedDocument plain = TestIndex.document(
                DOCUMENT_ID,
                new Handling(MARKING, true),
                TITLE,
                DocumentType.MEETING_NOTES,
                LocalDate.of(2024, 5, 2),
                "en",
                TEXTS.toArray(String[]::new));
        DocumentMetadata given = plain.metadata();
        DocumentMetadata metadata = new DocumentMetadata(
                given.title(),
                List.of(AUTHOR),
                given.date(),
                given.docType(),
                given.language(),
                given.format(),
                given.mediaType(),
                given.pageCount(),
                "Jetty meeting chaired by Ms Amberwick",
                List.of(),
                List.of(),
                given.handling());
        return new IndexedDocument(plain.id(), plain.source(), metadata, plain.passages(), CanaryCorpus.ARRIVED);
    }
}
