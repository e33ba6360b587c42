package org.lessons.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import org.lessons.marking.Marking;
import org.lessons.marking.SourcedHandling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ingests one corpus file: skips it when its content is unchanged (re-marking it if its handling changed), else
 * parses it in the worker, decides its handling, builds its passages and replaces whatever the index held for it. Any
 * failure is recorded in the index with its reason, and nothing here throws for a bad file. Reading a file (hashing,
 * parsing) and applying it to the index are separate steps, so that the next file can be read while the ingest
 * thread applies the current one ({@link ReadAhead}).
 */
@Component
public class DocumentIngester {

    private static final Logger log = LoggerFactory.getLogger(DocumentIngester.class);

    /**
     * The handling of a document assembled before its handling is decided: the most restricted there is, so that a
     * draft could never be shown more widely than its sources allow, were it ever written undecided.
     */
    static final Handling UNDECIDED = new Handling(Marking.RED, true);

    private final CorpusPaths paths;
    private final IngestProperties properties;
    private final ForkedParser parser;
    private final DocumentAssembler assembler;
    private final OriginalStore originals;
    private final LessonIndex index;
    private final DocumentCatalog catalog;
    private final HandlingResolver handlings;
    private final StatedHandlingStore statedStore;
    private final Clock clock;

    public DocumentIngester(
            CorpusPaths paths,
            IngestProperties properties,
            ForkedParser parser,
            DocumentAssembler assembler,
            OriginalStore originals,
            LessonIndex index,
            DocumentCatalog catalog,
            HandlingResolver handlings,
            StatedHandlingStore statedStore,
            Clock clock) {
        this.paths = paths;
        this.properties = properties;
        this.parser = parser;
        this.assembler = assembler;
        this.originals = originals;
        this.index = index;
        this.catalog = catalog;
        this.handlings = handlings;
        this.statedStore = statedStore;
        this.clock = clock;
    }

    /**
     * Ingests the file unless the index already holds this exact content for it; then only re-marks it if its
     * marking files or a curator's override have changed its handling. Does not commit, except a re-marking.
     */
    public IngestOutcome ingest(Path file) {
        return apply(assemble(read(file)));
    }

    /**
     * Finds out what bringing the file into the index takes, writing nothing: whether the index holds its content
     * already, and if not, what the parser answers. Safe on a thread other than the ingest thread, and ahead of it.
     */
    public ReadFile read(Path file) {
        String path = paths.relative(file);
        String documentId = ContentHash.documentId(path);
        try {
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            Optional<SourceFile> known = catalog.source(documentId);
            if (known.isPresent() && known.get().sameStamp(size, modified)) {
                Optional<ReadFile> unchanged = known(file, documentId, known.get());
                if (unchanged.isPresent()) {
                    return unchanged.get();
                }
            }
            String sha256 = ContentHash.ofFile(file);
            SourceFile source = new SourceFile(path, sha256, size, modified);
            if (known.isPresent() && known.get().sha256().equals(sha256)) {
                Optional<ReadFile> unchanged = known(file, documentId, known.get());
                if (unchanged.isPresent()) {
                    return unchanged.get();
                }
            }
            return new ReadFile.Parsed(
                    file, documentId, source, size > maxFileSize() ? tooLarge(size) : parser.parse(file));
        } catch (IOException e) {
            return new ReadFile.Unreadable(unreadable(path, documentId, e));
        }
    }

    /**
     * Assembles the document of a file {@link #read} and parsed (splitting, tagging, guessing languages: most of the
     * work of a file, and nothing the ingest thread decides), and keeps its original, synced, before any commit
     * can hold the document. Writes nothing to the index; safe on a thread of its own, while the parse worker
     * reads the next file. A file that was not parsed is passed on as it is.
     */
    public ReadFile assemble(ReadFile read) {
        if (!(read instanceof ReadFile.Parsed parsed)) {
            return read;
        }
        Optional<IndexedDocument> draft = parsed.answer().succeeded()
                ? assembler.assemble(
                        parsed.documentId(), parsed.source(), parsed.answer(), UNDECIDED, Instant.now(clock))
                : Optional.empty();
        try {
            if (draft.isPresent()) {
                originals.keep(parsed.file(), parsed.source().sha256());
            }
            return new ReadFile.Assembled(parsed, draft);
        } catch (IOException e) {
            return new ReadFile.Unreadable(unreadable(parsed.source().path(), parsed.documentId(), e));
        }
    }

    /**
     * Brings a file {@link #assemble assembled} before into the index: re-marks a known content, indexes a parsed
     * one, records a failure. On the ingest thread, in the order of the files. Does not commit, except a
     * re-marking.
     */
    public IngestOutcome apply(ReadFile read) {
        if (read instanceof ReadFile.Unreadable unreadable) {
            return unreadable.outcome();
        }
        if (read instanceof ReadFile.Known known) {
            return remarkUnchanged(known);
        }
        if (read instanceof ReadFile.Parsed parsed) {
            return apply(assemble(parsed));
        }
        ReadFile.Assembled assembled = (ReadFile.Assembled) read;
        try {
            return index(assembled);
        } catch (IOException e) {
            return unreadable(
                    assembled.parsed().source().path(), assembled.parsed().documentId(), e);
        }
    }

    /** The document's handling as its sources decide it now, its content counting as it read when last parsed. */
    public SourcedHandling decide(Path file, String documentId) {
        String sha256 = catalog.source(documentId).map(SourceFile::sha256).orElse("");
        return handlings.resolve(file, documentId, sha256).handling();
    }

    /**
     * Decides the document's handling again from its sources as they are now, its content counting as it read when
     * last parsed, and writes it to the index if it changed. For a curator's change, and for a document whose file
     * has left the folder (it is removed at the next event or scan), so without parsing.
     */
    public SourcedHandling remark(Path file, String documentId) {
        SourcedHandling decided = decide(file, documentId);
        if (catalog.handling(documentId).filter(decided.handling()::equals).isEmpty()) {
            index.changeHandling(documentId, decided.handling());
        }
        return decided;
    }

    /**
     * The file as a content the index already holds, with what that content said when it was parsed; empty when that
     * is not known (it was indexed by an earlier version), so that it is parsed again.
     */
    private Optional<ReadFile> known(Path file, String documentId, SourceFile indexed) {
        return statedStore
                .find(indexed.sha256())
                .map(content -> new ReadFile.Known(file, documentId, indexed, content));
    }

    /** Re-decides the handling of a file whose content the index already holds, from what its content said. */
    private IngestOutcome remarkUnchanged(ReadFile.Known known) {
        String documentId = known.documentId();
        String path = known.indexed().path();
        HandlingResolver.Resolution resolution = handlings.resolve(known.file(), documentId, known.content());
        Handling handling = resolution.handling().handling();
        if (catalog.handling(documentId).filter(handling::equals).isPresent()) {
            return unchanged(path, documentId);
        }
        index.changeHandling(documentId, handling);
        log.info(
                "Re-marked {} as {} (from its {})",
                path,
                describe(handling),
                resolution.handling().source());
        return new IngestOutcome(path, documentId, IngestOutcome.Status.REMARKED, 0, null, problems(resolution));
    }

    /**
     * Takes the document at a corpus path, or every document below it when the path was a folder, out of the index,
     * with any curator's override of them.
     */
    public void remove(String relativePath) {
        List<String> documentIds = catalog.idsAt(relativePath);
        index.deletePath(relativePath);
        handlings.forgetOverrides(documentIds);
    }

    private IngestOutcome index(ReadFile.Assembled read) throws IOException {
        Path file = read.parsed().file();
        String documentId = read.parsed().documentId();
        SourceFile source = read.parsed().source();
        ParseResponse parsed = read.parsed().answer();
        if (!parsed.succeeded()) {
            FailureReason reason =
                    FailureReason.fromCode(parsed.failureReason()).orElse(FailureReason.CORRUPT);
            return fail(file, documentId, source, reason, parsed.detail());
        }
        ContentStatements content = ContentStatements.read(parsed.metadata(), parsed.blocks());
        statedStore.save(source.sha256(), content);
        HandlingResolver.Resolution resolution = handlings.resolve(file, documentId, content);
        Optional<IndexedDocument> document =
                read.draft().map(draft -> draft.decided(resolution.handling().handling(), Instant.now(clock)));
        if (document.isEmpty()) {
            return fail(file, documentId, source, FailureReason.EMPTY, "No text was found in the file.");
        }
        IndexedDocument indexed = catalog.stored(documentId)
                .map(document.get()::keepingFirstIndexedOf)
                .orElse(document.get());
        index.replace(indexed);
        int passages = indexed.passages().size();
        log.info(
                "Indexed {} ({} passages{}, {} from its {})",
                source.path(),
                passages,
                parsed.truncated() ? ", text truncated" : "",
                describe(indexed.metadata().handling()),
                resolution.handling().source());
        String truncated = parsed.truncated()
                ? ("Only the first %d characters were indexed (lessons.ingest.max-text-chars); split the document"
                                + " to index the rest.")
                        .formatted(properties.maxTextChars())
                : null;
        String detail = joined(truncated, problems(resolution));
        return new IngestOutcome(source.path(), documentId, IngestOutcome.Status.INDEXED, passages, null, detail);
    }

    /** Records the failure, marked by the file's sidecar, folder and curators, since its content could not speak. */
    private IngestOutcome fail(Path file, String documentId, SourceFile source, FailureReason reason, String detail) {
        statedStore.save(source.sha256(), ContentStatements.NONE);
        HandlingResolver.Resolution resolution = handlings.resolve(file, documentId, ContentStatements.NONE);
        String explained = detail == null ? reason.advice() : detail + " " + reason.advice();
        index.recordFailure(new FailedDocument(
                documentId,
                source,
                reason.code(),
                explained,
                Instant.now(clock),
                resolution.handling().handling()));
        log.warn("Could not index {}: {} ({})", source.path(), reason.code(), detail);
        return IngestOutcome.failed(source.path(), documentId, reason, joined(explained, problems(resolution)));
    }

    /** Why a marking file was not used, logged and told in the outcome; null when all were. */
    private String problems(HandlingResolver.Resolution resolution) {
        resolution.problems().forEach(problem -> log.warn("{}", problem));
        return resolution.problems().isEmpty() ? null : String.join(" ", resolution.problems());
    }

    /** The answer for a file larger than the limit, which is refused before the parser sees it. */
    private ParseResponse tooLarge(long size) {
        return ParseResponse.failed(
                FailureReason.TOO_LARGE.code(),
                "The file is %s; the limit is %s (lessons.ingest.max-file-size)."
                        .formatted(Sizes.readable(size), Sizes.readable(maxFileSize())),
                null);
    }

    private long maxFileSize() {
        return properties.maxFileSize().toBytes();
    }

    private static IngestOutcome unreadable(String path, String documentId, IOException error) {
        log.warn("Could not read {}: {}", path, error.toString());
        return IngestOutcome.failed(
                path, documentId, FailureReason.CORRUPT, "The file could not be read: " + error.getMessage());
    }

    private static String joined(String first, String second) {
        return first == null ? second : second == null ? first : first + " " + second;
    }

    private static String describe(Handling handling) {
        return handling.marking().label() + (handling.chathamHouse() ? " under the Chatham House rule" : "");
    }

    private static IngestOutcome unchanged(String path, String documentId) {
        return new IngestOutcome(path, documentId, IngestOutcome.Status.UNCHANGED, 0, null, null);
    }
}
