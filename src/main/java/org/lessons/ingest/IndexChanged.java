package org.lessons.ingest;

import java.time.Instant;

/**
 * Published after an ingest batch (files added, changed or removed, an upload) or a re-tag has been committed,
 * so that features that watch for new material, such as saved-query webhooks, hear of it without ingest knowing
 * them. Every passage that arrived with the batch was first indexed before {@code committedAt}.
 *
 * @param reason "ingest" or "retag"
 */
public record IndexChanged(String reason, Instant committedAt) {}
