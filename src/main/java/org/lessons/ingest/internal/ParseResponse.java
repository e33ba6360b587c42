package org.lessons.ingest.internal;

import java.util.List;
import java.util.Map;

/**
 * What the parse worker answers: either the blocks and metadata of a document, or a failure code with a
 * sentence explaining it.
 *
 * @param failureReason null when parsing succeeded, else a {@code FailureReason} code
 * @param truncated the text was cut at the output limit; what came before is kept
 */
public record ParseResponse(
        String failureReason,
        String detail,
        String mediaType,
        Map<String, List<String>> metadata,
        List<RawBlock> blocks,
        boolean truncated) {

    public static ParseResponse failed(String reason, String detail, String mediaType) {
        return new ParseResponse(reason, detail, mediaType, Map.of(), List.of(), false);
    }

    /** The answer to a type-only request for an accepted file: its type, and nothing parsed. */
    public static ParseResponse ofType(String mediaType) {
        return new ParseResponse(null, null, mediaType, Map.of(), List.of(), false);
    }

    public boolean succeeded() {
        return failureReason == null;
    }
}
