package org.lessons.ingest;

import java.nio.file.Path;

/** The bytes of a document exactly as they were ingested, with the name and type to download them under. */
public record OriginalFile(String fileName, String mediaType, Path content, long size) {}
