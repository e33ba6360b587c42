package org.lessons.ingest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.lessons.ingest.FailureReason;

/**
 * The parse worker: a separate JVM that reads files with Tika and answers on standard output, one JSON line
 * per request. Parsers run here, not in the server, so that a parser that hangs, runs out of memory or crashes
 * takes down only this process; {@link ForkedParser} then starts a fresh one.
 */
public final class ParseWorker {

    /** Printed once the parser is loaded, so the server can tell start-up time from parse time. */
    static final String READY = "READY";

    private final AutoDetectParser parser;

    ParseWorker() {
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        // Tika refuses text that is more than this many times the bytes read, for the same reason.
        config.setMaximumCompressionRatio(ParseBudget.MAX_RATIO);
        config.setMaximumDepth(100);
        // Tika's own limit on nested packages stays far above ours, so that ours trips first and names the reason.
        config.setMaximumPackageEntryDepth(100);
        parser = new AutoDetectParser();
        parser.setAutoDetectParserConfig(config);
    }

    public static void main(String[] args) throws Exception {
        // The protocol owns standard output; anything a library prints goes to standard error instead.
        PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        ObjectMapper json = new ObjectMapper();
        ParseWorker worker = new ParseWorker();
        protocol.println(READY);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = requests.readLine()) != null) {
            ParseRequest request = json.readValue(line, ParseRequest.class);
            protocol.println(json.writeValueAsString(worker.parse(request)));
        }
    }

    ParseResponse parse(ParseRequest request) {
        ParseLimits limits = request.limits();
        AcceptedFormats formats = new AcceptedFormats(limits.allowedTypes());
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, request.name());
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        ParseBudget budget = new ParseBudget(limits);
        context.set(
                EmbeddedDocumentExtractor.class,
                new LimitedEmbeddedExtractor(context, parser.getDetector(), formats, budget));
        StructureHandler handler = new StructureHandler(limits.maxChars());
        String mediaType = null;
        Path file = Path.of(request.path());
        try (InputStream stream = TikaInputStream.get(file, metadata)) {
            // The content decides; the name only narrows what the content shows (plain text to Markdown).
            MediaType detected = parser.getDetector().detect(stream, metadata);
            mediaType = detected.toString();
            if (!formats.accepts(detected)) {
                return ParseResponse.failed(
                        FailureReason.UNSUPPORTED_TYPE.code(), formats.refusal(detected), mediaType);
            }
            if (request.typeOnly()) {
                return ParseResponse.ofType(mediaType);
            }
            if (ParseBudget.isZipBased(detected)) {
                budget.checkArchive(file, detected);
            }
            parser.parse(stream, handler, metadata, context);
        } catch (Throwable e) {
            if (!handler.truncated()) {
                return failure(e, budget, mediaType);
            }
        }
        if (budget.exceeded() != null) {
            // parsers record an embedded failure and carry on, so the limit is checked after a clean return too
            return limitExceeded(budget, mediaType);
        }
        return new ParseResponse(null, null, mediaType, toMap(metadata), handler.blocks(), handler.truncated());
    }

    private static ParseResponse failure(Throwable error, ParseBudget budget, String mediaType) {
        if (budget.exceeded() != null) {
            return limitExceeded(budget, mediaType);
        }
        Throwable cause = error;
        for (; cause != null; cause = cause.getCause()) {
            if (cause instanceof EncryptedDocumentException) {
                return ParseResponse.failed(FailureReason.ENCRYPTED.code(), "The file is encrypted.", mediaType);
            }
            if (cause instanceof ZeroByteFileException) {
                return ParseResponse.failed(FailureReason.EMPTY.code(), "The file is empty (0 bytes).", mediaType);
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("zip bomb")) {
                return ParseResponse.failed(
                        FailureReason.TOO_LARGE.code(),
                        "Its text would be more than " + ParseBudget.MAX_RATIO
                                + " times the size of the file, the mark of a decompression bomb.",
                        mediaType);
            }
        }
        return ParseResponse.failed(
                FailureReason.CORRUPT.code(), "The parser reported: " + rootMessage(error), mediaType);
    }

    private static ParseResponse limitExceeded(ParseBudget budget, String mediaType) {
        return ParseResponse.failed(
                FailureReason.TOO_LARGE.code(), "The file was refused because " + budget.exceeded() + ".", mediaType);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static Map<String, List<String>> toMap(Metadata metadata) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String name : metadata.names()) {
            map.put(name, Arrays.asList(metadata.getValues(name)));
        }
        return map;
    }
}
