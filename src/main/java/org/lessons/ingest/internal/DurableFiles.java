package org.lessons.ingest.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Puts a finished file in place so that it survives a crash or a power cut: its bytes reach the disk before it
 * gets its name, and the folder entry naming it reaches the disk before anyone is told it was kept. Without the
 * syncs, an upload acknowledged just before a power cut can come back empty or not at all.
 */
final class DurableFiles {

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private DurableFiles() {}

    /** Syncs the written file, renames it to the target atomically, and syncs the target's folder. */
    static Path moveInPlace(Path written, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        syncFolder(target.getParent());
        return target;
    }

    /** Creates the folder if missing, and then syncs the folder that holds it, so that its name survives too. */
    static void createFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            syncFolder(folder.getParent());
        }
    }

    private static void syncFolder(Path folder) throws IOException {
        if (WINDOWS) {
            return; // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
