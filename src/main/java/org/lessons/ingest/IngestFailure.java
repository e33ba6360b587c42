package org.lessons.ingest;

/** A file that could not be indexed: where it is, the reason code and a sentence about what to do. */
public record IngestFailure(String path, String reason, String detail) {}
