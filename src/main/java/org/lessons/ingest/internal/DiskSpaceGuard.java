package org.lessons.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.lessons.base.LessonsProperties;
import org.lessons.ingest.IngestProperties;
import org.lessons.ingest.InsufficientStorageException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Keeps ingest off a disk that is nearly full. A full disk in the middle of a commit or a merge costs the writes
 * since the last commit and can leave files half written; checking the free space of the data and corpus folders
 * before each upload and each file, against {@code lessons.ingest.min-free-space}, refuses new work with a clear
 * answer while the index still has room to finish what it holds.
 */
@Component
public class DiskSpaceGuard {

    private final Map<String, Path> folders = new LinkedHashMap<>();
    // Finding the disk a folder is on reads the whole mount table (a tenth of a millisecond or more, before every
    // file); asking a known disk for its free space is one system call.
    private final Map<Path, FileStore> disks = new ConcurrentHashMap<>();
    private final Supplier<DataSize> minFreeSpace;

    @Autowired
    public DiskSpaceGuard(LessonsProperties lessons, IngestProperties properties) {
        this(lessons, properties::minFreeSpace);
    }

    /** A guard whose limit is read at every check, for tests that lower it while Lessons runs. */
    public DiskSpaceGuard(LessonsProperties lessons, Supplier<DataSize> minFreeSpace) {
        folders.put("data folder", lessons.dataDir());
        folders.put("corpus folder", lessons.corpusDir());
        this.minFreeSpace = minFreeSpace;
    }

    /** Why ingest cannot go on now, or empty when every disk has room. */
    public Optional<InsufficientStorageException> shortage() {
        long limit = minFreeSpace.get().toBytes();
        for (Map.Entry<String, Path> folder : folders.entrySet()) {
            long free = usableSpace(folder.getValue());
            if (free < limit) {
                return Optional.of(new InsufficientStorageException(
                        ("Only %s are free on the disk of the %s, and Lessons keeps at least %s free (%s) so that the"
                                        + " index can always commit. Free space on that disk or lower the setting:"
                                        + " uploads are then accepted again, and the folder's ingest resumes by"
                                        + " itself.")
                                .formatted(
                                        Sizes.readable(free),
                                        folder.getKey(),
                                        Sizes.readable(limit),
                                        InsufficientStorageException.SETTING),
                        free,
                        limit));
            }
        }
        return Optional.empty();
    }

    /** @throws InsufficientStorageException when a disk has less free than the limit */
    public void requireSpace() {
        Optional<InsufficientStorageException> shortage = shortage();
        if (shortage.isPresent()) {
            throw shortage.get();
        }
    }

    /** The answer for a write that the operating system refused because the disk is full. */
    public InsufficientStorageException fullWhileWriting(IOException error) {
        long limit = minFreeSpace.get().toBytes();
        long free = folders.values().stream().mapToLong(this::usableSpace).min().orElse(0);
        return new InsufficientStorageException(
                ("The disk is full: writing failed with \"%s\" (%s free now; Lessons keeps at least %s free, %s)."
                                + " Nothing of this change was kept and the index is as it was at its last commit."
                                + " Free space on the disk of the data and corpus folders: uploads are then"
                                + " accepted again, and the folder's ingest resumes by itself.")
                        .formatted(
                                error.getMessage(),
                                Sizes.readable(free),
                                Sizes.readable(limit),
                                InsufficientStorageException.SETTING),
                free,
                limit);
    }

    /** The usable space of the disk the folder is on, or would be on once created. */
    private long usableSpace(Path folder) {
        try {
            FileStore known = disks.get(folder);
            if (known != null) {
                try {
                    return known.getUsableSpace();
                } catch (IOException removed) {
                    disks.remove(folder); // the folder is gone; its disk is that of the nearest folder above it
                }
            }
            FileStore disk = diskOf(folder);
            if (Files.isDirectory(folder)) {
                disks.put(folder, disk); // a folder yet to be created may come to be on another disk
            }
            return disk.getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the free space of " + folder, e);
        }
    }

    private static FileStore diskOf(Path folder) throws IOException {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return Files.getFileStore(existing == null ? folder : existing);
    }
}
