package org.lessons.ingest;

/**
 * How far a long task has come, for a progress bar.
 *
 * @param task what runs, for example "retag" or "scan"
 */
public record IngestProgress(String task, int done, int total) {}
