package org.lessons.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses attachments and archive entries, but refuses archives nested deeper than a limit or holding more
 * entries than a limit: the two shapes of a decompression bomb that a compression-ratio check alone misses.
 */
final class LimitedEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

    private final int maxDepth;
    private final int maxEntries;
    private int depth;
    private int entries;
    private String exceeded;

    LimitedEmbeddedExtractor(ParseContext context, int maxDepth, int maxEntries) {
        super(context);
        this.maxDepth = maxDepth;
        this.maxEntries = maxEntries;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (++entries > maxEntries) {
            exceeded = "it holds more than " + maxEntries + " embedded files";
            throw new EmbeddedLimitException(exceeded);
        }
        if (depth + 1 > maxDepth) {
            exceeded = "its embedded files are nested more than " + maxDepth + " levels deep";
            throw new EmbeddedLimitException(exceeded);
        }
        depth++;
        try {
            super.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }

    /** Why the limit stopped the parse, or null when it did not. */
    String exceeded() {
        return exceeded;
    }

    static final class EmbeddedLimitException extends SAXException {
        EmbeddedLimitException(String message) {
            super(message);
        }
    }
}
