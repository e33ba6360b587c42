package org.lessons.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.lessons.base.DiskFull;
import org.lessons.base.LessonsProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps a copy of every ingested file under the data folder, named by content hash. Downloads then serve the
 * file as it was ingested, even after the corpus copy was edited or removed; identical files are kept once.
 */
@Component
public class OriginalStore {

    private final Path root;
    private final DiskSpaceGuard space;

    public OriginalStore(LessonsProperties properties, DiskSpaceGuard space) {
        this.root = properties.originalsDir();
        this.space = space;
    }

    /**
     * Keeps a copy of the file, on disk before the index that refers to it commits.
     *
     * @throws org.lessons.ingest.InsufficientStorageException when the disk is full, which is no fault of the file
     */
    public void keep(Path file, String sha256) throws IOException {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return;
        }
        try {
            DurableFiles.createFolder(root);
            DurableFiles.createFolder(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), sha256, ".partial");
            try {
                Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
                DurableFiles.moveInPlace(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            if (DiskFull.causes(e)) {
                throw space.fullWhileWriting(e);
            }
            throw e;
        }
    }

    public Optional<Path> find(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
