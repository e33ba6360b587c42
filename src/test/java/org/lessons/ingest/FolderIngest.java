package org.lessons.ingest;

import java.nio.file.Path;
import org.lessons.base.LessonsProperties;
import org.lessons.enrich.Tagger;
import org.lessons.enrich.internal.VocabularyFiles;
import org.lessons.index.DocumentCatalog;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonIndex;
import org.lessons.ingest.internal.DocumentIngester;
import org.lessons.ingest.internal.ForkedParser;
import org.lessons.testsupport.IngestSettings;
import org.lessons.testsupport.TestIngest;
import org.lessons.testsupport.TestViewers;

/**
 * The real ingest of a corpus folder into a real index, with the real parse worker, on temporary folders; it can be
 * stopped and started again on the same folders, as Lessons is restarted.
 */
final class FolderIngest implements AutoCloseable {

    private final Path dataDir;
    private final Path corpus;
    private final IngestProperties properties;
    private final ForkedParser parser;
    private LessonIndex index;
    private DocumentCatalog catalog;
    private IngestService service;
    private DocumentHandlings handlings;
    private DocumentIngester ingester;

    FolderIngest(Path dataDir, Path corpus, String... settings) {
        this.dataDir = dataDir;
        this.corpus = corpus;
        this.properties = IngestSettings.with(settings);
        this.parser = new ForkedParser(properties);
        start();
    }

    IngestService service() {
        return service;
    }

    DocumentHandlings handlings() {
        return handlings;
    }

    DocumentCatalog catalog() {
        return catalog;
    }

    /** The steps of one file's ingest, for tests that act between them. */
    DocumentIngester ingester() {
        return ingester;
    }

    LessonIndex index() {
        return index;
    }

    /** Stops the services and starts them again on the same folders and database. */
    void restart() throws Exception {
        stop();
        start();
    }

    @Override
    public void close() throws Exception {
        stop();
        parser.stopWorker();
    }

    private void start() {
        LessonsProperties lessons = new LessonsProperties(dataDir, corpus);
        Tagger tagger = new Tagger(new VocabularyFiles(lessons));
        index = new LessonIndex(lessons, new LanguageAnalyzers(), tagger);
        catalog = new DocumentCatalog(index);
        TestIngest.Wired wired =
                TestIngest.wired(lessons, properties, parser, index, tagger, TestViewers.unrestricted());
        service = wired.service();
        handlings = wired.handlings();
        ingester = wired.ingester();
    }

    private void stop() throws Exception {
        service.stop();
        index.close();
    }
}
