package org.lessons.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.lessons.index.DocumentCatalog;
import org.lessons.index.FailedDocument;
import org.lessons.index.IndexedDocument;
import org.lessons.index.LessonIndex;
import org.lessons.index.SourceFile;
import org.lessons.ingest.FailureReason;
import org.lessons.ingest.IngestOutcome;
import org.lessons.ingest.IngestProperties;
import org.lessons.marking.Handling;
import org.lessons.marking.MarkingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ingests one corpus file: skips it when its content is unchanged, else parses it in the worker, builds its
 * passages and replaces whatever the index held for it. Any failure is recorded in the index with its reason,
 * and nothing here throws for a bad file.
 */
@Component
public class DocumentIngester {

    private static final Logger log = LoggerFactory.getLogger(DocumentIngester.class);

    private final CorpusPaths paths;
    private final IngestProperties properties;
    private final ForkedParser parser;
    private final DocumentAssembler assembler;
    private final OriginalStore originals;
    private final LessonIndex index;
    private final DocumentCatalog catalog;
    private final MarkingProperties markings;
    private final Clock clock;

    public DocumentIngester(
            CorpusPaths paths,
            IngestProperties properties,
            ForkedParser parser,
            DocumentAssembler assembler,
            OriginalStore originals,
            LessonIndex index,
            DocumentCatalog catalog,
            MarkingProperties markings,
            Clock clock) {
        this.paths = paths;
        this.properties = properties;
        this.parser = parser;
        this.assembler = assembler;
        this.originals = originals;
        this.index = index;
        this.catalog = catalog;
        this.markings = markings;
        this.clock = clock;
    }

    /** Ingests the file unless the index already holds this exact content for it. Does not commit. */
    public IngestOutcome ingest(Path file) {
        String path = paths.relative(file);
        String documentId = ContentHash.documentId(path);
        try {
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            Optional<SourceFile> known = catalog.source(documentId);
            if (known.isPresent() && known.get().sameStamp(size, modified)) {
                return unchanged(path, documentId);
            }
            String sha256 = ContentHash.ofFile(file);
            SourceFile source = new SourceFile(path, sha256, size, modified);
            if (known.isPresent() && known.get().sha256().equals(sha256)) {
                return unchanged(path, documentId);
            }
            if (size > properties.maxFileSize().toBytes()) {
                return fail(
                        documentId,
                        source,
                        FailureReason.TOO_LARGE,
                        "The file is %s; the limit is %s (lessons.ingest.max-file-size)."
                                .formatted(
                                        Sizes.readable(size),
                                        Sizes.readable(properties.maxFileSize().toBytes())));
            }
            return parseAndIndex(file, documentId, source);
        } catch (IOException e) {
            log.warn("Could not read {}: {}", path, e.toString());
            return IngestOutcome.failed(
                    path, documentId, FailureReason.CORRUPT, "The file could not be read: " + e.getMessage());
        }
    }

    private IngestOutcome parseAndIndex(Path file, String documentId, SourceFile source) throws IOException {
        ParseResponse parsed = parser.parse(file);
        if (!parsed.succeeded()) {
            FailureReason reason =
                    FailureReason.fromCode(parsed.failureReason()).orElse(FailureReason.CORRUPT);
            return fail(documentId, source, reason, parsed.detail());
        }
        Optional<IndexedDocument> document = assembler.assemble(documentId, source, parsed, Instant.now(clock));
        if (document.isEmpty()) {
            return fail(documentId, source, FailureReason.EMPTY, "No text was found in the file.");
        }
        originals.keep(file, source.sha256());
        IndexedDocument indexed = catalog.stored(documentId)
                .map(document.get()::keepingFirstIndexedOf)
                .orElse(document.get());
        index.replace(indexed);
        int passages = indexed.passages().size();
        log.info("Indexed {} ({} passages{})", source.path(), passages, parsed.truncated() ? ", text truncated" : "");
        String detail = parsed.truncated()
                ? ("Only the first %d characters were indexed (lessons.ingest.max-text-chars); split the document"
                                + " to index the rest.")
                        .formatted(properties.maxTextChars())
                : null;
        return new IngestOutcome(source.path(), documentId, IngestOutcome.Status.INDEXED, passages, null, detail);
    }

    private IngestOutcome fail(String documentId, SourceFile source, FailureReason reason, String detail) {
        String explained = detail == null ? reason.advice() : detail + " " + reason.advice();
        index.recordFailure(new FailedDocument(
                documentId,
                source,
                reason.code(),
                explained,
                Instant.now(clock),
                Handling.of(markings.defaultMarking())));
        log.warn("Could not index {}: {} ({})", source.path(), reason.code(), detail);
        return IngestOutcome.failed(source.path(), documentId, reason, explained);
    }

    private static IngestOutcome unchanged(String path, String documentId) {
        return new IngestOutcome(path, documentId, IngestOutcome.Status.UNCHANGED, 0, null, null);
    }
}
