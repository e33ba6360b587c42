package org.lessons.ingest.internal;

/**
 * A block of text as the parser saw it: a heading (level 1-6) or running text (level 0), with the page it
 * appeared on when the format has pages. It crosses the boundary between the parse worker and the server.
 */
public record RawBlock(int headingLevel, Integer page, String text) {
    public boolean heading() {
        return headingLevel > 0;
    }
}
