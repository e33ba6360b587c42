package org.lessons.ingest.internal;

/** One file for the parse worker, with the most text it may return. */
public record ParseRequest(String path, int maxChars) {}
