package org.lessons.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The physical limits the end-to-end ingest is compared with, on the same data and machine: Tika parsing alone
 * (in this JVM, one file after another, text discarded) and Lucene indexing alone (each passage's text as one
 * analysed field and an id, no facets, no tags, one commit at the end).
 */
final class Baselines {

    private Baselines() {}

    /** Seconds for Tika to parse every file to text. */
    static double tikaSeconds(List<Path> files) {
        AutoDetectParser parser = new AutoDetectParser();
        long start = System.nanoTime();
        for (Path file : files) {
            try (InputStream in = TikaInputStream.get(file)) {
                parser.parse(in, new BodyContentHandler(-1), new Metadata(), new ParseContext());
            } catch (Exception e) {
                throw new IllegalStateException("Tika could not parse the generated file " + file, e);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds for bare Lucene to index and commit the texts in an empty index in the folder. */
    static double luceneSeconds(List<String> texts, Path folder) {
        long start = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(
                        directory, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
            for (int i = 0; i < texts.size(); i++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                doc.add(new TextField("text", texts.get(i), Field.Store.YES));
                writer.addDocument(doc);
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
