package org.lessons.ingest.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * The marking files of the corpus folder: a sidecar {@code <document name>.marking} beside a document (for
 * {@code minutes.pdf}, {@code minutes.pdf.marking}) and a folder default {@code .marking}, which counts for every
 * document in its folder and the folders below, the nearest one winning. Neither is ever a document. A marking file
 * that cannot be read or understood marks its documents {@link StatedHandling#MOST_RESTRICTIVE} and says why, so
 * that a broken file never lets a document travel further than its curator meant.
 */
@Component
public class MarkingFiles {

    static final String EXTENSION = ".marking";
    static final String FOLDER_DEFAULT = ".marking";
    private static final long MAX_BYTES = 4096;

    private final CorpusPaths paths;

    public MarkingFiles(CorpusPaths paths) {
        this.paths = paths;
    }

    /** What a marking file says, and why it could not be used when it could not. */
    record Reading(StatedHandling stated, String problem) {

        static final Reading NONE = new Reading(StatedHandling.NOTHING, null);
    }

    public static boolean isMarkingFile(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(EXTENSION);
    }

    public static boolean isFolderDefault(Path path) {
        return path.getFileName() != null && path.getFileName().toString().equals(FOLDER_DEFAULT);
    }

    /** The document a sidecar belongs to: its path without {@code .marking}. */
    public static Path documentOf(Path sidecar) {
        String name = sidecar.getFileName().toString();
        return sidecar.resolveSibling(name.substring(0, name.length() - EXTENSION.length()));
    }

    Reading sidecar(Path document) {
        Path sidecar = document.resolveSibling(document.getFileName() + EXTENSION);
        return Files.exists(sidecar) ? read(sidecar) : Reading.NONE;
    }

    /** The nearest folder default from the document's folder up to the corpus folder. */
    Reading folderDefault(Path document) {
        Path root = paths.root();
        for (Path folder = document.toAbsolutePath().normalize().getParent();
                folder != null && folder.startsWith(root);
                folder = folder.getParent()) {
            Path candidate = folder.resolve(FOLDER_DEFAULT);
            if (Files.exists(candidate)) {
                return read(candidate);
            }
        }
        return Reading.NONE;
    }

    private Reading read(Path file) {
        String name = paths.relative(file);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return unusable(name, "it is not a small text file (at most %d bytes)".formatted(MAX_BYTES));
            }
            return new Reading(MarkingFile.parse(Files.readString(file)), null);
        } catch (CharacterCodingException e) {
            return unusable(name, "it is not UTF-8 text");
        } catch (IOException e) {
            return unusable(name, "it could not be read (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            return unusable(name, e.getMessage());
        }
    }

    private static Reading unusable(String name, String why) {
        String reason = why.endsWith(".") ? why : why + ".";
        return new Reading(
                StatedHandling.MOST_RESTRICTIVE,
                ("The marking file %s is not used: %s Its documents are held as TLP:RED under the Chatham House rule"
                                + " until it is fixed.")
                        .formatted(name, reason));
    }
}
