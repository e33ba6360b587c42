package org.lessons.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile and broken inputs for ingest tests. The bombs are built at test time rather than committed: a few
 * kilobytes each, which nest, multiply or expand far beyond their size.
 */
public final class BadFiles {

    public static final Path ENCRYPTED_PDF = Path.of("src/test/resources/bad-files/encrypted-minutes.pdf");
    public static final Path CORRUPT_PDF = Path.of("src/test/resources/bad-files/corrupt-report.pdf");
    public static final Path TRUNCATED_DOCX = Path.of("src/test/resources/bad-files/truncated-notes.docx");

    /** A zip that contains itself, from Apache Tika's test documents (Apache License 2.0). */
    public static final Path DROSTE_ZIP = Path.of("src/test/resources/bad-files/droste.zip");

    /** The start of a Windows program: what Tika needs to see one, whatever the file is called. */
    public static final byte[] WINDOWS_PROGRAM = windowsProgram();

    /** A one-pixel PNG image: a picture without text. */
    public static final byte[] PNG_IMAGE = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1a,
        '\n',
        0,
        0,
        0,
        13,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        6,
        0,
        0,
        0,
        0x1f,
        0x15,
        (byte) 0xc4,
        (byte) 0x89,
        0,
        0,
        0,
        0,
        'I',
        'E',
        'N',
        'D',
        (byte) 0xae,
        0x42,
        0x60,
        (byte) 0x82
    };

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

    /** Writes zips nested the given number of levels deep, with a line of minutes at the bottom. */
    public static Path nestedZip(Path target, int levels) throws IOException {
        byte[] level = "Minutes at the bottom of the archive.".getBytes(StandardCharsets.UTF_8);
        String name = "minutes.txt";
        for (int depth = 0; depth < levels; depth++) {
            level = zip(name, level, 1);
            name = "level-" + depth + ".zip";
        }
        return Files.write(target, level);
    }

    /** Writes a zip of many small text files. */
    public static Path zipWithEntries(Path target, int entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("note-" + i + ".txt"));
                zip.write(("Note " + i + ".").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return target;
    }

    /**
     * Writes a zip holding one entry of zeros, about a thousand times smaller than what it expands to. Named as a
     * PDF, the entry is read in full: zeros look like nothing, so the name decides its type.
     */
    public static Path zipOfZeros(Path target, String entryName, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry(entryName));
            writeZeros(zip, megabytes);
            zip.closeEntry();
        }
        return target;
    }

    /** Writes a DOCX whose body expands from a few kilobytes to the given size of text. */
    public static Path docxBomb(Path target, int megabytes) throws IOException {
        return docx(target, megabytes, text -> Arrays.fill(text, (byte) 'a'));
    }

    /**
     * Writes a DOCX whose body is the given number of megabytes of words that do not compress, so that no ratio
     * gives it away: only its parser's memory does.
     */
    public static Path largeDocx(Path target, int megabytes) throws IOException {
        Random random = new Random(7);
        return docx(target, megabytes, words -> {
            for (int i = 0; i < words.length; i++) {
                words[i] = (byte) (i % 8 == 7 ? ' ' : 'a' + random.nextInt(26));
            }
        });
    }

    /** Writes an e-mail that forwards an e-mail that forwards ..., the given number of levels deep. */
    public static Path nestedEmail(Path target, int levels) throws IOException {
        String message = email("Level 0", "The innermost minutes.", "");
        for (int depth = 1; depth <= levels; depth++) {
            message = email(
                    "Fwd: level " + depth,
                    "Forwarding level " + depth + ".",
                    attachment("message/rfc822", "level-" + (depth - 1) + ".eml", message));
        }
        return Files.writeString(target, message);
    }

    /** Writes an e-mail with many small text attachments. */
    public static Path emailWithAttachments(Path target, int attachments) throws IOException {
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < attachments; i++) {
            parts.append(attachment("text/plain; charset=utf-8", "note-" + i + ".txt", "Note " + i + "."));
        }
        return Files.writeString(target, email("Notes", "Notes attached.", parts.toString()));
    }

    /** Copies the encrypted, corrupt and bomb files into a folder, as a curator might drop them. */
    public static void copyAllInto(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Path file : new Path[] {ENCRYPTED_PDF, CORRUPT_PDF, TRUNCATED_DOCX}) {
            Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        nestedZipBomb(folder.resolve("meeting-pack.zip"));
    }

    /** The text of an e-mail with a plain-text body and the given {@link #attachment attachments}. */
    public static String email(String subject, String body, String attachments) {
        String boundary = "b-" + Integer.toHexString((subject + attachments.length()).hashCode());
        return "From: secretariat@example.org\r\nTo: focal-points@example.org\r\nSubject: " + subject
                + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n--"
                + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n"
                + attachments.replace("--BOUNDARY", "--" + boundary) + "--" + boundary + "--\r\n";
    }

    /** One attachment of an {@link #email e-mail}. */
    public static String attachment(String type, String fileName, String content) {
        return "--BOUNDARY\r\nContent-Type: " + type + "\r\nContent-Disposition: attachment; filename=\"" + fileName
                + "\"\r\n\r\n" + content + "\r\n";
    }

    private static byte[] windowsProgram() {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3c] = 0x40; // where the PE header starts
        program[0x40] = 'P';
        program[0x41] = 'E';
        program[0x44] = 0x4c; // for Intel 386
        program[0x45] = 0x01;
        return program;
    }

    /** Writes a DOCX whose body is the given number of megabytes, each filled in by the consumer. */
    private static Path docx(Path target, int megabytes, Consumer<byte[]> nextMegabyte) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.setLevel(9);
            entry(zip, WordPackage.CONTENT_TYPES_PART, WordPackage.PROLOG + WordPackage.CONTENT_TYPES);
            entry(zip, WordPackage.RELATIONSHIPS_PART, WordPackage.PROLOG + WordPackage.RELATIONSHIPS);
            entry(zip, WordPackage.CORE_PART, WordPackage.PROLOG + WordPackage.core("Minutes"));
            zip.putNextEntry(new ZipEntry(WordPackage.DOCUMENT_PART));
            zip.write((WordPackage.PROLOG + WordPackage.BODY_START).getBytes(StandardCharsets.UTF_8));
            byte[] text = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                nextMegabyte.accept(text);
                zip.write(text);
            }
            zip.write(WordPackage.BODY_END.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return target;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void writeZeros(OutputStream out, int megabytes) throws IOException {
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < megabytes; i++) {
            out.write(zeros);
        }
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
