package org.lessons.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile and broken inputs for ingest tests. The zip bomb is built at test time rather than committed: a
 * few kilobytes that nest archives six levels deep and expand to hundreds of megabytes.
 */
public final class BadFiles {

    public static final Path ENCRYPTED_PDF = Path.of("src/test/resources/bad-files/encrypted-minutes.pdf");
    public static final Path CORRUPT_PDF = Path.of("src/test/resources/bad-files/corrupt-report.pdf");
    public static final Path TRUNCATED_DOCX = Path.of("src/test/resources/bad-files/truncated-notes.docx");

    private BadFiles() {}

    /** Writes a nested zip bomb: six levels, two copies per level, 10 MB of zeros at the bottom. */
    public static Path nestedZipBomb(Path target) throws IOException {
        byte[] level = zip("minutes.txt", new byte[10 * 1024 * 1024], 1);
        for (int depth = 0; depth < 6; depth++) {
            level = zip("pack-" + depth + ".zip", level, 2);
        }
        Files.write(target, level);
        return target;
    }

    /** Copies the encrypted, corrupt and bomb files into a folder, as a curator might drop them. */
    public static void copyAllInto(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Path file : new Path[] {ENCRYPTED_PDF, CORRUPT_PDF, TRUNCATED_DOCX}) {
            Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        nestedZipBomb(folder.resolve("meeting-pack.zip"));
    }

    private static byte[] zip(String name, byte[] content, int copies) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < copies; i++) {
                zip.putNextEntry(new ZipEntry(i + "-" + name));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
