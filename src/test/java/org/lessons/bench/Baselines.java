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
import org.lessons.index.IndexedPassage;

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

    /**
     * Seconds for bare Lucene to index and commit the passages of the corpus's documents in an empty index in the
     * folder, generating the documents off the clock.
     */
    static double luceneSeconds(SyntheticCorpus corpus, int passages, Path folder) {
        long start = System.nanoTime();
        long generating;
        try (FSDirectory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(
                        directory, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
            generating = corpus.generate(passages, (document, ordinal) -> {
                for (IndexedPassage passage : document.passages()) {
                    add(writer, passage);
                }
            });
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (System.nanoTime() - start - generating) / 1e9;
    }

    private static void add(IndexWriter writer, IndexedPassage passage) {
        Document doc = new Document();
        doc.add(new StringField("id", passage.id(), Field.Store.YES));
        doc.add(new TextField("text", passage.text(), Field.Store.YES));
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
