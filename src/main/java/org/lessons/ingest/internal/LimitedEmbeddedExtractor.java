package org.lessons.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses attachments and archive entries within the file's {@link ParseBudget}: how many there are, how deep they
 * nest and how many bytes they expand to — the shapes of a decompression bomb that a compression-ratio check
 * alone misses. An embedded file whose content is not an accepted format is skipped, as a file of that format
 * would be refused.
 */
final class LimitedEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

    private final Detector detector;
    private final AcceptedFormats formats;
    private final ParseBudget budget;
    private int depth;

    LimitedEmbeddedExtractor(ParseContext context, Detector detector, AcceptedFormats formats, ParseBudget budget) {
        super(context);
        this.detector = detector;
        this.formats = formats;
        this.budget = budget;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        budget.embed(depth + 1);
        try (TemporaryResources temporary = new TemporaryResources();
                TikaInputStream counted = TikaInputStream.get(
                        budget.counting(CloseShieldInputStream.wrap(stream)), temporary, metadata)) {
            if (stream instanceof TikaInputStream original && original.getOpenContainer() != null) {
                // an embedded OLE object arrives already opened by its parent, as a container rather than bytes
                counted.setOpenContainer(original.getOpenContainer());
            }
            MediaType type = detector.detect(counted, metadata);
            if (!formats.accepts(type)) {
                return;
            }
            if (ParseBudget.isZipBased(type)) {
                budget.checkArchive(counted.getPath(), type);
            }
            depth++;
            try {
                super.parseEmbedded(counted, handler, metadata, outputHtml);
            } finally {
                depth--;
            }
        }
    }
}
