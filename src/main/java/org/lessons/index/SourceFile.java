package org.lessons.index;

import java.util.Objects;

/**
 * The file a document came from. Size and modification time let a rescan skip hashing files that did not
 * change; the content hash is what decides whether a file really changed.
 *
 * @param path the path relative to the corpus folder, with forward slashes
 */
public record SourceFile(String path, String sha256, long sizeBytes, long lastModifiedMillis) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }

    public boolean sameStamp(long size, long lastModified) {
        return sizeBytes == size && lastModifiedMillis == lastModified;
    }
}
