package org.lessons.index;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A change the index could not take. By the time it is thrown the index is back at its last commit and takes
 * writes again, so the caller's only loss is what was not committed, which the next scan ingests again.
 */
public class IndexWriteException extends UncheckedIOException {

    private final boolean diskFull;

    public IndexWriteException(String message, IOException cause, boolean diskFull) {
        super(message, cause);
        this.diskFull = diskFull;
    }

    /** Whether the write failed because the disk of the index is full. */
    public boolean diskFull() {
        return diskFull;
    }
}
