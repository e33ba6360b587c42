package org.lessons.ingest.internal;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import org.lessons.base.LessonsProperties;
import org.lessons.ingest.IngestProperties;
import org.springframework.stereotype.Component;

/** The corpus folder: which files in it are documents, and their names relative to it. */
@Component
public class CorpusPaths {

    private final Path root;
    private final List<PathMatcher> ignored;

    public CorpusPaths(LessonsProperties lessons, IngestProperties ingest) {
        this.root = lessons.corpusDir();
        this.ignored = ingest.ignore().stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .toList();
    }

    public Path root() {
        return root;
    }

    /** The path relative to the corpus folder, with forward slashes on every platform. */
    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * Whether the file is one to ingest: a regular file inside the corpus whose name is not ignored and that is not a
     * marking file ({@code .marking}, {@code <document name>.marking}).
     */
    public boolean isDocument(Path file) {
        return Files.isRegularFile(file) && !isIgnored(file) && !MarkingFiles.isMarkingFile(file);
    }

    /**
     * Whether a change to the path can change how documents are marked: a sidecar or a folder default in a folder that
     * is not ignored, even though the folder default's name starts with a dot like the hidden files that are.
     */
    public boolean isMarkingFile(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return MarkingFiles.isMarkingFile(file) && folder != null && (folder.equals(root) || !isIgnored(folder));
    }

    public boolean isIgnored(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        if (!normalized.startsWith(root) || normalized.equals(root)) {
            return true;
        }
        for (Path part : root.relativize(normalized)) {
            if (ignored.stream().anyMatch(matcher -> matcher.matches(part))) {
                return true;
            }
        }
        return false;
    }
}
