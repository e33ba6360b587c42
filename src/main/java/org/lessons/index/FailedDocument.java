package org.lessons.index;

import java.time.Instant;
import java.util.Objects;
import org.lessons.marking.Handling;

/**
 * A file that could not be indexed. It is recorded, with its hash, so that the failure stays visible and an
 * unchanged bad file is not parsed again at every restart.
 *
 * @param reason a stable code such as "encrypted" or "timed-out"
 * @param detail a sentence for a person: what happened and what to do
 * @param handling the file's marking: its name and failure alone can be sensitive, so they are shown only to
 *     those who could see the document
 */
public record FailedDocument(
        String id, SourceFile source, String reason, String detail, Instant at, Handling handling) {

    public FailedDocument {
        Objects.requireNonNull(handling, "handling");
    }

    public FailedDocument withHandling(Handling newHandling) {
        return new FailedDocument(id, source, reason, detail, at, newHandling);
    }
}
