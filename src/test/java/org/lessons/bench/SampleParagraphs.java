package org.lessons.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample corpus's paragraphs with their languages, read by {@link SampleReader} in a JVM of its own: once
 * loaded, Tika and the language model keep about 110 MB in static caches, and the jars they open a few MB more,
 * which in the benchmark JVM would count as heap Lessons needs (the engine benchmark finds about 110 MB live with
 * a 1M index open). Nothing here refers to Tika, so that the benchmark JVM never loads it for the sample.
 */
final class SampleParagraphs {

    private SampleParagraphs() {}

    /** A paragraph of the sample, its whitespace collapsed, and the language guessed for it. */
    record Paragraph(String language, String text) {}

    /** Reads the corpus in a new JVM on the benchmark's class path. */
    static List<Paragraph> read(Path corpus) {
        try {
            Path lines = Files.createTempFile("lessons-sample", ".tsv");
            try {
                Process reader = new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "-Xmx512m",
                                "-cp",
                                System.getProperty("java.class.path"),
                                SampleReader.class.getName(),
                                corpus.toString(),
                                lines.toString())
                        .inheritIO()
                        .start();
                if (reader.waitFor() != 0) {
                    throw new IllegalStateException(
                            "Reading the sample corpus in " + corpus + " failed; its output is above");
                }
                return Files.readAllLines(lines).stream()
                        .map(line -> line.split("\t", 2))
                        .map(fields -> new Paragraph(fields[0], fields[1]))
                        .toList();
            } finally {
                Files.delete(lines);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sample corpus in " + corpus, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the sample corpus", e);
        }
    }
}
