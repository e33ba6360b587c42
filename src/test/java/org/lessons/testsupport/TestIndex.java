package org.lessons.testsupport;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lessons.base.LessonsProperties;
import org.lessons.enrich.Tagger;
import org.lessons.enrich.internal.VocabularyFiles;
import org.lessons.index.DocumentFormat;
import org.lessons.index.DocumentMetadata;
import org.lessons.index.DocumentType;
import org.lessons.index.IndexedDocument;
import org.lessons.index.IndexedPassage;
import org.lessons.index.LanguageAnalyzers;
import org.lessons.index.LessonIndex;
import org.lessons.index.SourceFile;
import org.lessons.marking.Handling;
import org.lessons.marking.Marking;

/** A real on-disk index in a temporary folder, filled from records instead of files. */
public final class TestIndex {

    private static final Tagger TAGGER = tagger(Path.of("target", "no-overrides"));

    /** The handling of fixture documents unless a test marks them otherwise: the shipped default marking. */
    public static final Handling DEFAULT_HANDLING = Handling.of(Marking.GREEN);

    private TestIndex() {}

    public static LessonIndex open(Path dataDir) {
        return new LessonIndex(properties(dataDir), new LanguageAnalyzers(), tagger(dataDir));
    }

    /** The real tagger with the bundled vocabulary (or overrides in the data folder's enrich/). */
    public static Tagger tagger(Path dataDir) {
        return new Tagger(new VocabularyFiles(properties(dataDir)));
    }

    private static LessonsProperties properties(Path dataDir) {
        return new LessonsProperties(dataDir, dataDir.resolve("corpus"));
    }

    /** A document whose passages are the given texts, all in one language, with the default marking. */
    public static IndexedDocument document(
            String id, String title, DocumentType type, LocalDate date, String language, String... texts) {
        return document(id, DEFAULT_HANDLING, title, type, date, language, texts);
    }

    /** A document whose passages are the given texts, all in one language, with the given handling. */
    public static IndexedDocument document(
            String id,
            Handling handling,
            String title,
            DocumentType type,
            LocalDate date,
            String language,
            String... texts) {
        List<IndexedPassage> passages = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            passages.add(
                    new IndexedPassage(id + "-" + i, i, "1. Section", i + 1, language, texts[i], TAGGER.tag(texts[i])));
        }
        DocumentMetadata metadata = new DocumentMetadata(
                title,
                List.of(),
                date,
                type,
                language,
                DocumentFormat.PDF,
                "application/pdf",
                texts.length,
                null,
                List.of(),
                List.of(),
                handling);
        SourceFile source = new SourceFile(id + ".pdf", "0".repeat(64), 1, 1);
        return new IndexedDocument(id, source, metadata, passages, Instant.EPOCH);
    }
}
