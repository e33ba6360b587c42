package org.lessons.ingest.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lessons.marking.HandlingOverrides;
import org.lessons.marking.MarkingProperties;
import org.lessons.marking.MarkingSource;
import org.lessons.marking.SourcedHandling;
import org.springframework.stereotype.Component;

/**
 * Gathers what every source says about one document (the curator's override, its sidecar, its content, its folder)
 * and lets {@link HandlingPrecedence} decide.
 */
@Component
public class HandlingResolver {

    private final HandlingOverrides overrides;
    private final MarkingFiles markingFiles;
    private final StatedHandlingStore statedStore;
    private final MarkingProperties markings;

    public HandlingResolver(
            HandlingOverrides overrides,
            MarkingFiles markingFiles,
            StatedHandlingStore statedStore,
            MarkingProperties markings) {
        this.overrides = overrides;
        this.markingFiles = markingFiles;
        this.statedStore = statedStore;
        this.markings = markings;
    }

    /**
     * The document's handling, and why a marking file was not used when one was not.
     *
     * @param problems sentences for curators; empty when every marking file could be read
     */
    public record Resolution(SourcedHandling handling, List<String> problems) {}

    /**
     * Forgets curators' overrides of documents that left the corpus: a file put at the same path later is another
     * document, to be marked by its own sources rather than by a decision about the one that was deleted.
     */
    public void forgetOverrides(Collection<String> documentIds) {
        documentIds.forEach(overrides::remove);
    }

    /** The handling of a document whose content was read before; its content counts for nothing if it was not. */
    public Resolution resolve(Path file, String documentId, String sha256) {
        return resolve(file, documentId, statedStore.find(sha256).orElse(ContentStatements.NONE));
    }

    Resolution resolve(Path file, String documentId, ContentStatements content) {
        Map<MarkingSource, StatedHandling> stated = new EnumMap<>(MarkingSource.class);
        List<String> problems = new ArrayList<>();
        overrides
                .find(documentId)
                .ifPresent(override -> stated.put(
                        MarkingSource.OVERRIDE,
                        new StatedHandling(
                                override.handling().marking(),
                                override.handling().chathamHouse())));
        stated.put(MarkingSource.SIDECAR, use(markingFiles.sidecar(file), problems));
        stated.put(MarkingSource.METADATA, content.metadata());
        stated.put(MarkingSource.TEXT, content.text());
        stated.put(MarkingSource.FOLDER, use(markingFiles.folderDefault(file), problems));
        return new Resolution(HandlingPrecedence.decide(stated, markings.defaultMarking()), List.copyOf(problems));
    }

    private static StatedHandling use(MarkingFiles.Reading reading, List<String> problems) {
        if (reading.problem() != null) {
            problems.add(reading.problem());
        }
        return reading.stated();
    }
}
