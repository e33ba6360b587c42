package org.lessons.ingest;

/**
 * Progress of ingestion, for a status line or a monitor.
 *
 * @param state "running" while files wait or are being read, "paused" while a disk is short of space or the index
 *     could not be written, else "idle"
 * @param pending tasks waiting in the queue
 * @param progress the task under way and how far it has come, or null when idle
 * @param notice why ingest is paused and what to do, or null
 */
public record IngestStatus(
        String state,
        long documents,
        long passages,
        long failed,
        int pending,
        IngestProgress progress,
        String notice) {}
