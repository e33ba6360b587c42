package org.lessons.testsupport;

import java.time.Clock;
import org.lessons.base.LessonsProperties;
import org.lessons.enrich.Tagger;
import org.lessons.index.DocumentCatalog;
import org.lessons.index.LessonIndex;
import org.lessons.ingest.DocumentHandlings;
import org.lessons.ingest.IngestProperties;
import org.lessons.ingest.IngestService;
import org.lessons.ingest.internal.CorpusPaths;
import org.lessons.ingest.internal.CorpusScanner;
import org.lessons.ingest.internal.DiskSpaceGuard;
import org.lessons.ingest.internal.DocumentAssembler;
import org.lessons.ingest.internal.DocumentIngester;
import org.lessons.ingest.internal.ForkedParser;
import org.lessons.ingest.internal.HandlingResolver;
import org.lessons.ingest.internal.IngestPause;
import org.lessons.ingest.internal.LanguageGuesser;
import org.lessons.ingest.internal.MarkingFiles;
import org.lessons.ingest.internal.OriginalStore;
import org.lessons.ingest.internal.Retagger;
import org.lessons.ingest.internal.StatedHandlingStore;
import org.lessons.ingest.internal.UploadIntake;
import org.lessons.marking.HandlingOverrides;
import org.lessons.marking.Marking;
import org.lessons.marking.MarkingProperties;
import org.lessons.marking.Viewers;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The real ingest service over a test index and folders, wired as Spring wires it. */
public final class TestIngest {

    /** The shipped markings policy. */
    public static final MarkingProperties MARKINGS = new MarkingProperties(Marking.GREEN, Marking.GREEN, Marking.AMBER);

    private static final LanguageGuesser LANGUAGES = new LanguageGuesser();

    private TestIngest() {}

    /** The ingest service, the curators' handling changes and the ingester they share, on one database. */
    public record Wired(IngestService service, DocumentHandlings handlings, DocumentIngester ingester) {}

    public static Wired wired(
            LessonsProperties lessons,
            IngestProperties properties,
            ForkedParser parser,
            LessonIndex index,
            Tagger tagger,
            Viewers viewers) {
        return wired(lessons, properties, parser, index, tagger, viewers, new DiskSpaceGuard(lessons, properties));
    }

    /** With a disk-space guard of the test's own, whose limit the test may change. */
    public static Wired wired(
            LessonsProperties lessons,
            IngestProperties properties,
            ForkedParser parser,
            LessonIndex index,
            Tagger tagger,
            Viewers viewers,
            DiskSpaceGuard space) {
        DocumentCatalog catalog = new DocumentCatalog(index);
        CorpusPaths paths = new CorpusPaths(lessons, properties);
        OriginalStore originals = new OriginalStore(lessons, space);
        JdbcClient database = TestDatabase.of(lessons.dataDir());
        StatedHandlingStore stated = new StatedHandlingStore(database);
        HandlingOverrides overrides = new HandlingOverrides(database);
        HandlingResolver handlings = new HandlingResolver(overrides, new MarkingFiles(paths), stated, MARKINGS);
        DocumentIngester ingester = new DocumentIngester(
                paths,
                properties,
                parser,
                new DocumentAssembler(LANGUAGES, tagger),
                originals,
                index,
                catalog,
                handlings,
                stated,
                Clock.systemUTC());
        IngestService service = new IngestService(
                ingester,
                new CorpusScanner(paths, catalog),
                paths,
                index,
                catalog,
                originals,
                new Retagger(catalog, index, tagger),
                tagger,
                new UploadIntake(paths, lessons, properties, parser, space),
                event -> {},
                viewers,
                MARKINGS,
                space,
                new IngestPause(space, properties),
                Clock.systemUTC());
        return new Wired(
                service,
                new DocumentHandlings(
                        catalog, overrides, index, service, ingester, paths, viewers, MARKINGS, Clock.systemUTC()),
                ingester);
    }
}
