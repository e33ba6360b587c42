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

    private static final int MAX_EMBEDDED_DEPTH = 3;
    private static final int MAX_EMBEDDED_ENTRIES = 1000;

    private final AutoDetectParser parser;

    ParseWorker() {
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setMaximumCompressionRatio(100);
        config.setMaximumDepth(100);
        // Tika's own depth limit stays above ours, so that ours trips first and names the reason.
        config.setMaximumPackageEntryDepth(MAX_EMBEDDED_DEPTH + 2);
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
        Path file = Path.of(request.path());
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        LimitedEmbeddedExtractor embedded =
                new LimitedEmbeddedExtractor(context, MAX_EMBEDDED_DEPTH, MAX_EMBEDDED_ENTRIES);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        StructureHandler handler = new StructureHandler(request.maxChars());
        String mediaType = null;
        try (InputStream stream = TikaInputStream.get(file, metadata)) {
            MediaType detected = parser.getDetector().detect(stream, metadata);
            mediaType = detected.toString();
            if (!supported(detected, context)) {
                return ParseResponse.failed(
                        FailureReason.UNSUPPORTED_TYPE.code(),
                        "The content is " + mediaType + ", which Lessons does not read.",
                        mediaType);
            }
            parser.parse(stream, handler, metadata, context);
        } catch (Throwable e) {
            if (!handler.truncated()) {
                return failure(e, embedded, mediaType);
            }
        }
        if (embedded.exceeded() != null) {
            // parsers record an embedded failure and carry on, so the limit is checked after a clean return too
            return tooDeep(embedded, mediaType);
        }
        return new ParseResponse(null, null, mediaType, toMap(metadata), handler.blocks(), handler.truncated());
    }

    private boolean supported(MediaType type, ParseContext context) {
        if (type.equals(MediaType.OCTET_STREAM)) {
            return false;
        }
        var types = parser.getSupportedTypes(context);
        var registry = parser.getMediaTypeRegistry();
        for (MediaType candidate = type; candidate != null; candidate = registry.getSupertype(candidate)) {
            if (types.contains(candidate) && !candidate.equals(MediaType.OCTET_STREAM)) {
                return true;
            }
        }
        return false;
    }

    private static ParseResponse failure(Throwable error, LimitedEmbeddedExtractor embedded, String mediaType) {
        if (embedded.exceeded() != null) {
            return tooDeep(embedded, mediaType);
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
                        "The file expands far beyond its size (a suspected decompression bomb).",
                        mediaType);
            }
        }
        return ParseResponse.failed(
                FailureReason.CORRUPT.code(), "The parser reported: " + rootMessage(error), mediaType);
    }

    private static ParseResponse tooDeep(LimitedEmbeddedExtractor embedded, String mediaType) {
        return ParseResponse.failed(
                FailureReason.TOO_LARGE.code(), "The file was refused because " + embedded.exceeded() + ".", mediaType);
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
