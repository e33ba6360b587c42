package org.lessons.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lessons.base.LessonsProperties;
import org.lessons.enrich.Tagger;
import org.lessons.export.ExportProperties;
import org.lessons.export.ExportService;
import org.lessons.index.DocumentCatalog;
import org.lessons.index.DocumentType;
import org.lessons.index.FailedDocument;
import org.lessons.index.IndexedDocument;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonIndex;
import org.lessons.index.SourceFile;
import org.lessons.ingest.DocumentHandlings;
import org.lessons.ingest.IngestProperties;
import org.lessons.ingest.IngestService;
import org.lessons.ingest.internal.DiskSpaceGuard;
import org.lessons.ingest.internal.ForkedParser;
import org.lessons.ingest.internal.OriginalStore;
import org.lessons.library.LibraryService;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;
import org.lessons.marking.Viewers;
import org.lessons.savedquery.SavedQueryService;
import org.lessons.search.MatrixService;
import org.lessons.search.PassageHighlighter;
import org.lessons.search.SearchService;
import org.lessons.search.SuggestService;
import org.lessons.search.internal.QueryFactory;
import org.lessons.search.internal.WholePassages;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Canaries: one document per marking, each holding a word no other document has ({@link #token}), and a user of
 * each clearance ({@link #user}). The TLP:RED document alone names a country, an organisation and a tool
 * ({@link #RED_COUNTRY}, {@link #RED_ORGANISATION}, {@link #RED_TOOL}), and a failed file marked TLP:RED has a
 * telling name. Every path that shows material is then asked, as each user, for exactly what they may see.
 * The real services are wired over a real index, as Spring wires them, with the real {@link Viewers}.
 */
public final class CanaryCorpus implements AutoCloseable {

    /** Words every canary passage holds, so that one search finds them all. */
    public static final String SHARED_WORDS = "lighthouse harbour";

    public static final String RED_COUNTRY = "IS";
    public static final String RED_ORGANISATION = "interpol";
    public static final String RED_TOOL = "asset-freezing";
    public static final String RED_FAILURE = "canary-red-failure";
    public static final String RED_FAILURE_PATH = "incoming/informant-list.pdf";

    /** When the canaries arrived: after any saved query a test creates, so that they count as new. */
    public static final Instant ARRIVED = Instant.now().plus(Duration.ofHours(1));

    private static final Map<Marking, String> TEXTS = texts();

    private final LessonIndex index;
    private final ForkedParser parser;
    private final Tagger tagger;
    private final Viewers viewers;
    private final SearchService search;
    private final IngestService ingestService;
    private final DocumentHandlings handlings;

    public CanaryCorpus(Path dataDir) {
        LessonsProperties lessons = new LessonsProperties(dataDir, dataDir.resolve("corpus"));
        tagger = TestIndex.tagger(dataDir);
        index = TestIndex.open(dataDir);
        Map<String, Marking> accounts = new HashMap<>();
        for (Marking clearance : Marking.values()) {
            accounts.put(user(clearance), clearance);
        }
        viewers = TestViewers.of(accounts);
        search = TestSearch.service(index, tagger, viewers);
        IngestProperties settings = IngestSettings.with("worker-heap=256m", "watch=false");
        parser = new ForkedParser(settings);
        TestIngest.Wired ingest = TestIngest.wired(lessons, settings, parser, index, tagger, viewers);
        ingestService = ingest.service();
        handlings = ingest.handlings();
        OriginalStore originals = new OriginalStore(lessons, new DiskSpaceGuard(lessons, settings));
        for (Marking marking : Marking.values()) {
            index.replace(document(marking));
            keepOriginal(originals, marking);
        }
        index.recordFailure(new FailedDocument(
                RED_FAILURE,
                new SourceFile(RED_FAILURE_PATH, "e".repeat(64), 10, 0),
                "encrypted",
                "The file is password-protected.",
                ARRIVED,
                Handling.of(Marking.RED)));
        index.commit();
    }

    /** The word only the document of this marking holds. */
    public static String token(Marking marking) {
        return "canary" + marking.name().toLowerCase(Locale.ROOT).replace("_", "") + "word";
    }

    public static String documentId(Marking marking) {
        return "canary-" + marking.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String passageId(Marking marking) {
        return documentId(marking) + "-0";
    }

    /** The user whose clearance this is. */
    public static String user(Marking clearance) {
        return "reader-" + clearance.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The canary documents a user of this clearance may see, by id. */
    public static List<String> visibleDocuments(Marking clearance) {
        return clearance.visible().stream().map(CanaryCorpus::documentId).toList();
    }

    /** Signs the user of this clearance in on this thread. */
    public void signIn(Marking clearance) {
        TestViewers.signIn(user(clearance), "ANALYST");
    }

    public LessonIndex index() {
        return index;
    }

    public Viewers viewers() {
        return viewers;
    }

    public SearchService search() {
        return search;
    }

    public SuggestService suggestions() {
        return new SuggestService(index, tagger, viewers);
    }

    public MatrixService matrix() {
        return new MatrixService(search);
    }

    public LibraryService library() {
        return new LibraryService(new DocumentCatalog(index), viewers, TestIngest.MARKINGS);
    }

    public IngestService ingest() {
        return ingestService;
    }

    public DocumentHandlings handlings() {
        return handlings;
    }

    public PassageHighlighter highlighter() {
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        return new PassageHighlighter(
                index, new QueryFactory(analyzers, tagger), new WholePassages(analyzers), viewers, TestIngest.MARKINGS);
    }

    public ExportService exports(int pageSize) {
        return new ExportService(
                search,
                new ExportProperties(1_000, pageSize),
                Jackson2ObjectMapperBuilder.json().build(),
                viewers,
                Clock.systemUTC());
    }

    public SavedQueryService savedQueries() {
        return TestSavedQueries.service(search);
    }

    @Override
    public void close() throws Exception {
        index.close();
        parser.stopWorker();
    }

    private static IndexedDocument document(Marking marking) {
        IndexedDocument document = TestIndex.document(
                documentId(marking),
                Handling.of(marking),
                "Harbour report " + marking.label(),
                DocumentType.MEETING_NOTES,
                LocalDate.of(2024, 3, 1 + marking.ordinal()),
                "en",
                TEXTS.get(marking));
        SourceFile source = new SourceFile(documentId(marking) + ".txt", sha256(marking), 1, 1);
        return new IndexedDocument(document.id(), source, document.metadata(), document.passages(), ARRIVED);
    }

    /** Each text its own sentence, so that no two are near-copies that similar passages would leave out. */
    private static Map<Marking, String> texts() {
        return Map.of(
                Marking.CLEAR,
                "Keepers of the lighthouse in Norway used online monitoring of harbour forums, and %s was their word."
                        .formatted(token(Marking.CLEAR)),
                Marking.GREEN,
                "Sweden's harbour police trusted online monitoring at the lighthouse; the reports said %s throughout."
                        .formatted(token(Marking.GREEN)),
                Marking.AMBER,
                "Online monitoring near a Danish lighthouse caught %s messages about the harbour in Denmark."
                        .formatted(token(Marking.AMBER)),
                Marking.AMBER_STRICT,
                "In Finland the harbour lighthouse team shared online monitoring results tagged %s."
                        .formatted(token(Marking.AMBER_STRICT)),
                Marking.RED,
                "Iceland asked INTERPOL for asset freezing once online monitoring of the harbour lighthouse found %s."
                        .formatted(token(Marking.RED)));
    }

    private static String sha256(Marking marking) {
        return Integer.toString(marking.ordinal() + 1).repeat(64);
    }

    private static void keepOriginal(OriginalStore originals, Marking marking) {
        try {
            Path file = Files.createTempFile("canary", ".txt");
            Files.writeString(file, TEXTS.get(marking));
            originals.keep(file, sha256(marking));
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
