package org.lessons.export.internal;

import java.io.IOException;

/**
 * Writes citations in one format as they come, so that an export never holds more than the row in hand. The
 * stream written to belongs to the caller and is never closed here.
 */
public interface CitationWriter {

    /** What comes before the first row: a header line, an opening bracket, a title. */
    void start() throws IOException;

    void write(Citation citation) throws IOException;

    /** Sends what is buffered on to the stream, so that a client receives rows while the export goes on. */
    void flush() throws IOException;

    /** What comes after the last row, then a flush. */
    void finish() throws IOException;
}
