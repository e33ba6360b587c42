package org.lessons.ingest;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.lessons.index.DocumentCatalog;
import org.lessons.index.LessonIndex;
import org.lessons.ingest.internal.CorpusPaths;
import org.lessons.ingest.internal.DocumentIngester;
import org.lessons.marking.Handling;
import org.lessons.marking.HandlingOverride;
import org.lessons.marking.HandlingOverrides;
import org.lessons.marking.Marking;
import org.lessons.marking.MarkingProperties;
import org.lessons.marking.MarkingSource;
import org.lessons.marking.SourcedHandling;
import org.lessons.marking.Viewer;
import org.lessons.marking.Viewers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Curators' changes to how a document is handled. An override is kept in the database and written to the index at
 * once, so that search obeys it when the call returns; removing it lets the document's own sources decide again. A
 * document the curator may not see is answered as missing, and nobody may mark a document above their own clearance.
 * Recording the change in the audit log is the caller's business, at the entry point where the user asked for it.
 */
@Service
public class DocumentHandlings {

    private static final Logger log = LoggerFactory.getLogger(DocumentHandlings.class);

    private final DocumentCatalog catalog;
    private final HandlingOverrides overrides;
    private final LessonIndex index;
    private final IngestService ingest;
    private final DocumentIngester ingester;
    private final CorpusPaths paths;
    private final Viewers viewers;
    private final MarkingProperties markings;
    private final Clock clock;

    public DocumentHandlings(
            DocumentCatalog catalog,
            HandlingOverrides overrides,
            LessonIndex index,
            IngestService ingest,
            DocumentIngester ingester,
            CorpusPaths paths,
            Viewers viewers,
            MarkingProperties markings,
            Clock clock) {
        this.catalog = catalog;
        this.overrides = overrides;
        this.index = index;
        this.ingest = ingest;
        this.ingester = ingester;
        this.paths = paths;
        this.viewers = viewers;
        this.markings = markings;
        this.clock = clock;
    }

    /** Whether whoever asks may change markings: curators and administrators. */
    public boolean mayChange() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(authority -> authority.equals("ROLE_ADMIN") || authority.equals("ROLE_CURATOR"));
    }

    /** Whether whoever asks may lift the Chatham House rule: only someone cleared to read the names it withholds. */
    public boolean mayLiftChathamHouse() {
        return markings.showsNamesTo(viewers.current().clearance());
    }

    /** The markings whoever asks may give a document: up to their own clearance. */
    public List<Marking> markingsAllowed() {
        return viewers.current().clearance().visible();
    }

    /** The document's handling and where it came from; empty when it is unknown or hidden from whoever asks. */
    public Optional<SourcedHandling> handling(String documentId) {
        return visible(documentId, viewers.current()).map(indexed -> catalog.source(documentId)
                .map(source -> ingester.decide(paths.root().resolve(source.path()), documentId))
                .orElse(new SourcedHandling(indexed, MarkingSource.DEFAULT)));
    }

    /**
     * Overrides the document's handling, in the index before this returns.
     *
     * @return empty when the document is unknown or hidden from the curator
     * @throws MarkingAboveClearanceException when the marking is above the curator's clearance, or when it lifts
     *     the Chatham House rule from names the curator may not read
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CURATOR')")
    public Optional<HandlingChange> override(String documentId, Handling handling) {
        Viewer curator = viewers.current();
        Optional<Handling> before = visible(documentId, curator);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        if (!curator.maySee(handling.marking())) {
            throw MarkingAboveClearanceException.marking(curator.clearance(), handling.marking());
        }
        if (before.get().chathamHouse() && !handling.chathamHouse()) {
            requireAttributionClearance();
        }
        overrides.save(new HandlingOverride(documentId, handling, curator.username(), clock.instant()));
        index.changeHandling(documentId, handling);
        // an ingest of the same file that decided its handling before the override was saved may still write it
        ingest.remark(documentId).exceptionally(failure -> {
            log.warn("Could not settle the marking of {} after an override: {}", documentId, failure.toString());
            return Optional.empty();
        });
        return Optional.of(
                new HandlingChange(documentId, before.get(), new SourcedHandling(handling, MarkingSource.OVERRIDE)));
    }

    /**
     * Removes the override, so that the document's sidecar, content, folder or the default decide again; waits for
     * the document to be re-marked.
     *
     * @return empty when the document is unknown or hidden from the curator
     * @throws MarkingAboveClearanceException when the override holds the Chatham House rule and the curator may not
     *     read the names it withholds, since the document's own sources may not
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CURATOR')")
    public Optional<HandlingChange> removeOverride(String documentId) {
        Optional<Handling> before = visible(documentId, viewers.current());
        if (before.isEmpty()) {
            return Optional.empty();
        }
        if (before.get().chathamHouse()) {
            requireAttributionClearance();
        }
        overrides.remove(documentId);
        SourcedHandling after = IngestService.await(ingest.remark(documentId))
                .orElseGet(() -> new SourcedHandling(before.get(), MarkingSource.DEFAULT));
        return Optional.of(new HandlingChange(documentId, before.get(), after));
    }

    private void requireAttributionClearance() {
        if (!mayLiftChathamHouse()) {
            throw MarkingAboveClearanceException.attribution(
                    viewers.current().clearance(), markings.attributionClearance());
        }
    }

    private Optional<Handling> visible(String documentId, Viewer viewer) {
        return catalog.handling(documentId).filter(handling -> viewer.maySee(handling.marking()));
    }
}
