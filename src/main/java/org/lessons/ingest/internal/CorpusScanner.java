package org.lessons.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lessons.index.DocumentCatalog;
import org.springframework.stereotype.Component;

/**
 * Compares the corpus folder with the index: which files to (re)ingest, and which indexed paths no longer
 * exist. Running it at start-up makes a restart repair whatever changed while Lessons was down.
 */
@Component
public class CorpusScanner {

    private final CorpusPaths paths;
    private final DocumentCatalog catalog;

    public CorpusScanner(CorpusPaths paths, DocumentCatalog catalog) {
        this.paths = paths;
        this.catalog = catalog;
    }

    /** Every document file in the folder (or below a sub-folder of it), in a stable order. */
    public List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(paths::isDocument).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the corpus folder " + folder, e);
        }
    }

    /** Indexed paths whose file is gone or is now ignored. */
    public Set<String> vanished() {
        return catalog.sources().values().stream()
                .map(source -> source.path())
                .filter(path -> !paths.isDocument(paths.root().resolve(path)))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
