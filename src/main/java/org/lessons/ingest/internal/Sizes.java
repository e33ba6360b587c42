package org.lessons.ingest.internal;

/** Sizes as a refusal message names them. */
final class Sizes {

    private Sizes() {}

    /** "100 MB", "64 KB" or "900 bytes", rounded down. */
    static String readable(long bytes) {
        if (bytes >= 1 << 20) {
            return (bytes >> 20) + " MB";
        }
        return bytes >= 1 << 10 ? (bytes >> 10) + " KB" : bytes + " bytes";
    }
}
