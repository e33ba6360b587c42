package org.lessons.ingest.internal;

import java.nio.file.Path;
import java.util.Optional;
import org.lessons.index.IndexedDocument;
import org.lessons.index.SourceFile;
import org.lessons.ingest.IngestOutcome;

/**
 * A corpus file as {@link DocumentIngester#read} found it, before anything about it is written: so that finding out
 * (hashing, asking the index, parsing) can run ahead of the ingest thread, and the ingest thread only writes.
 */
public sealed interface ReadFile {

    /** The index holds this content already; only the document's handling may have to change. */
    record Known(Path file, String documentId, SourceFile indexed, ContentStatements content) implements ReadFile {}

    /** New content and the parser's answer to it, which may be a failure or a refusal before parsing. */
    record Parsed(Path file, String documentId, SourceFile source, ParseResponse answer) implements ReadFile {}

    /**
     * Parsed content with its document assembled (split, tagged, its languages guessed) and its original kept.
     *
     * @param draft the document, held at {@link DocumentIngester#UNDECIDED} until its handling is decided on the
     *     ingest thread; empty when the answer is a failure or holds no text
     */
    record Assembled(Parsed parsed, Optional<IndexedDocument> draft) implements ReadFile {}

    /** The file could not be read; there is nothing to record in the index. */
    record Unreadable(IngestOutcome outcome) implements ReadFile {}
}
