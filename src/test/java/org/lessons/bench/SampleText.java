package org.lessons.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The paragraphs of a sample file as Tika reads it. Tika's plain text ends every paragraph with a line break,
 * except for PDF, where a line break ends each printed line and a blank line the paragraph; splitting PDF text
 * at line breaks would make every paragraph one printed line long and cut the word pairs at its end.
 */
final class SampleText {

    private final AutoDetectParser parser = new AutoDetectParser();

    List<String> paragraphs(Path file) {
        BodyContentHandler text = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, text, metadata, new ParseContext());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sample file " + file, e);
        } catch (SAXException | TikaException e) {
            throw new IllegalStateException("Tika could not parse the sample file " + file, e);
        }
        boolean pdf = metadata.get(Metadata.CONTENT_TYPE).startsWith("application/pdf");
        return Arrays.stream(text.toString().split(pdf ? "\\n\\s*\\n" : "\\n"))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }
}
