package org.lessons.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lessons.base.DiskFull;
import org.lessons.base.LessonsProperties;
import org.lessons.ingest.FailureReason;
import org.lessons.ingest.IngestProperties;
import org.lessons.ingest.InsufficientStorageException;
import org.lessons.ingest.UploadFormats;
import org.lessons.ingest.UploadRejectedException;
import org.springframework.stereotype.Component;

/**
 * Lets an upload into the corpus only when it is within the size limit and its content is of an accepted format,
 * and then only under a generated name in the uploads folder. A refused upload is answered at once with its reason
 * and leaves nothing behind, so that the corpus never holds a file nobody meant to keep.
 */
@Component
public class UploadIntake {

    private final CorpusPaths paths;
    private final LessonsProperties lessons;
    private final IngestProperties properties;
    private final ForkedParser parser;
    private final DiskSpaceGuard space;

    public UploadIntake(
            CorpusPaths paths,
            LessonsProperties lessons,
            IngestProperties properties,
            ForkedParser parser,
            DiskSpaceGuard space) {
        this.paths = paths;
        this.lessons = lessons;
        this.properties = properties;
        this.parser = parser;
        this.space = space;
    }

    /** Takes back an upload whose ingest could not be committed, so that the refusal keeps nothing. */
    public void withdraw(Path upload) {
        try {
            Files.deleteIfExists(upload);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the upload " + upload + " that was not indexed", e);
        }
    }

    /**
     * Stores the upload in the corpus and answers where. The file and its name are on disk when this returns, so
     * that once its ingest is committed, acknowledging it is true even after a power cut.
     *
     * @throws UploadRejectedException when it is empty, too large or not of an accepted format
     * @throws InsufficientStorageException when the disk filled up while it was stored; nothing is kept then
     */
    public Path accept(String originalName, InputStream content) {
        try {
            Files.createDirectories(lessons.workDir());
            Path partial = Files.createTempFile(lessons.workDir(), "upload", ".partial");
            try {
                receive(content, partial);
                ParseResponse type = parser.checkType(partial, UploadNames.hint(originalName));
                if (!type.succeeded()) {
                    FailureReason reason =
                            FailureReason.fromCode(type.failureReason()).orElse(FailureReason.CORRUPT);
                    throw refused(reason, type.detail() + " " + reason.advice(), type.mediaType());
                }
                Path uploads = paths.root().resolve(UploadNames.FOLDER);
                Path target = paths.root()
                        .resolve(UploadNames.generate(originalName, type.mediaType()))
                        .normalize();
                if (!target.getParent().equals(uploads)) {
                    throw new IllegalStateException("A generated upload name left the uploads folder: " + target);
                }
                DurableFiles.createFolder(uploads);
                return DurableFiles.moveInPlace(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            if (DiskFull.causes(e)) {
                throw space.fullWhileWriting(e);
            }
            throw new UncheckedIOException("Could not store the upload in " + paths.root(), e);
        }
    }

    /** The formats accepted, for the upload screen to name and offer. */
    public UploadFormats formats() {
        AcceptedFormats accepted = new AcceptedFormats(properties.allowedTypes());
        return new UploadFormats(accepted.names(), accepted.extensions());
    }

    /** Copies the upload, reading no further than the first buffer past the size limit. */
    private void receive(InputStream content, Path partial) throws IOException {
        long limit = properties.maxFileSize().toBytes();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(partial)) {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                size += read;
                if (size > limit) {
                    throw refused(
                            FailureReason.TOO_LARGE,
                            "The file is larger than the limit of %s (lessons.ingest.max-file-size). %s"
                                    .formatted(Sizes.readable(limit), FailureReason.TOO_LARGE.advice()),
                            null);
                }
                out.write(buffer, 0, read);
            }
        }
        if (size == 0) {
            throw refused(FailureReason.EMPTY, "The uploaded file is empty (0 bytes). Choose the file again.", null);
        }
    }

    private UploadRejectedException refused(FailureReason reason, String message, String detectedType) {
        return new UploadRejectedException(reason, message, detectedType, properties.allowedTypes());
    }
}
