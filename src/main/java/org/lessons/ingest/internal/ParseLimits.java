package org.lessons.ingest.internal;

import java.util.List;
import org.lessons.ingest.IngestProperties;

/**
 * What the parse worker may accept and produce for one file. They travel with every request rather than being
 * fixed when the worker starts, so one worker serves any settings.
 *
 * @param maxChars the most text returned; the rest is cut
 * @param maxNestingDepth how deep embedded files may nest
 * @param maxEntries how many embedded files one file may hold
 * @param maxExpandedBytes how many bytes all embedded files together may expand to
 * @param allowedTypes the media types read, at the top of a file and inside it
 */
public record ParseLimits(
        int maxChars, int maxNestingDepth, int maxEntries, long maxExpandedBytes, List<String> allowedTypes) {

    public ParseLimits {
        allowedTypes = List.copyOf(allowedTypes);
    }

    public static ParseLimits of(IngestProperties properties) {
        return new ParseLimits(
                properties.maxTextChars(),
                properties.maxNestingDepth(),
                properties.maxEntries(),
                properties.maxExpandedSize().toBytes(),
                properties.allowedTypes());
    }
}
