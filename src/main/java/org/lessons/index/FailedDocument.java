package org.lessons.index;

import java.time.Instant;

/**
 * A file that could not be indexed. It is recorded, with its hash, so that the failure stays visible and an
 * unchanged bad file is not parsed again at every restart.
 *
 * @param reason a stable code such as "encrypted" or "timed-out"
 * @param detail a sentence for a person: what happened and what to do
 */
public record FailedDocument(String id, SourceFile source, String reason, String detail, Instant at) {}
