package org.lessons.ingest;

/**
 * Progress of ingestion, for a status line or a monitor.
 *
 * @param state "running" while files wait or are being read, else "idle"
 * @param pending files waiting to be read
 */
public record IngestStatus(String state, long documents, long passages, long failed, int pending) {}
