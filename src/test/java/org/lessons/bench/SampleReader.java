package org.lessons.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.lessons.ingest.internal.LanguageGuesser;
import org.xml.sax.SAXException;

/**
 * Reads every file of the sample corpus with Tika and writes its paragraphs with their languages, for
 * {@link SampleParagraphs}, which runs it in a JVM of its own. Languages are guessed as ingest guesses them, the
 * document's from its whole text and each paragraph's with the document's as fallback, so that the shares are
 * those Lessons would index.
 *
 * <p>Tika's plain text ends every paragraph with a line break, except for PDF, where a line break ends each
 * printed line and a blank line the paragraph; splitting PDF text at line breaks would make every paragraph one
 * printed line long and cut the word pairs at its end.
 */
final class SampleReader {

    private SampleReader() {}

    /** Arguments: the corpus folder and the file to write, a paragraph a line as language, tab, text. */
    public static void main(String[] args) throws IOException {
        AutoDetectParser parser = new AutoDetectParser();
        LanguageGuesser guesser = new LanguageGuesser();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
            for (Path file : files(Path.of(args[0]))) {
                List<String> paragraphs = paragraphs(parser, file);
                String documentLanguage = guesser.guess(String.join("\n", paragraphs), CorpusSample.ENGLISH);
                for (String paragraph : paragraphs) {
                    out.write(guesser.guess(paragraph, documentLanguage) + "\t" + paragraph + "\n");
                }
            }
        }
    }

    private static List<Path> files(Path corpus) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> paragraphs(AutoDetectParser parser, Path file) throws IOException {
        BodyContentHandler text = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, text, metadata, new ParseContext());
        } catch (SAXException | TikaException e) {
            throw new IllegalStateException("Tika could not parse the sample file " + file, e);
        }
        boolean pdf = metadata.get(Metadata.CONTENT_TYPE).startsWith("application/pdf");
        return Arrays.stream(text.toString().split(pdf ? "\\n\\s*\\n" : "\\n"))
                .map(paragraph -> paragraph.replaceAll("\\s+", " ").strip())
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }
}
