package org.lessons.ingest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What parsing one file may expand to: embedded files, their nesting, archive entries and decompressed bytes, each
 * within its limit. Bytes are counted as they are decompressed, not as archives declare them, since a declared
 * size is whatever the attacker wrote. The first limit reached is remembered, because parsers often swallow the
 * exception that reports it and carry on.
 */
final class ParseBudget {

    /**
     * Content more than this many times its compressed size is refused as a decompression bomb: ordinary text and
     * XML compress five to twenty times, and a part that grows a hundredfold is almost always made to.
     */
    static final int MAX_RATIO = 100;

    /** Parts smaller than this are never refused by their ratio, since tiny repetitive parts compress well. */
    private static final long RATIO_GRACE = 1 << 20;

    private static final MediaTypeRegistry TYPES =
            MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private final ParseLimits limits;
    private int embedded;
    private long expanded;
    private String exceeded;

    ParseBudget(ParseLimits limits) {
        this.limits = limits;
    }

    /** Counts one more embedded file at the given nesting level (1 for an attachment of the file itself). */
    void embed(int depth) throws LimitReachedException {
        if (exceeded != null) {
            throw new LimitReachedException(exceeded);
        }
        if (++embedded > limits.maxEntries()) {
            throw exceed(
                    "it holds more than %d embedded files (lessons.ingest.max-entries)".formatted(limits.maxEntries()));
        }
        if (depth > limits.maxNestingDepth()) {
            throw exceed("its embedded files are nested more than %d levels deep (lessons.ingest.max-nesting-depth)"
                    .formatted(limits.maxNestingDepth()));
        }
    }

    /** The stream, counting what is read from it against the expansion limit. */
    InputStream counting(InputStream in) {
        return new Counting(in);
    }

    /** Whether files of the type are stored as a zip: archives, and packages such as DOCX, ODT and EPUB. */
    static boolean isZipBased(MediaType type) {
        return type.equals(MediaType.APPLICATION_ZIP) || TYPES.isSpecializationOf(type, MediaType.APPLICATION_ZIP);
    }

    /**
     * Checks a file stored as a zip (an archive, or a package such as DOCX, ODT or EPUB) before a parser reads it:
     * its number of entries, and for a package the bytes its parts expand to. Package parsers read their parts
     * whole into memory, so this is the only point where a part that expands to gigabytes can be refused by its
     * size rather than by the worker running out of memory. The entries of a plain zip need no such pass, since
     * its parser hands each one on as an embedded file, counted as it is read. A file that is not a readable zip
     * is left for its parser to report.
     */
    void checkArchive(Path file, MediaType type) throws IOException {
        boolean plainZip = type.equals(MediaType.APPLICATION_ZIP);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw exceed("it is an archive of more than %d entries (lessons.ingest.max-entries)"
                        .formatted(limits.maxEntries()));
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); !plainZip && entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                try (InputStream part = counting(zip.getInputStream(entry))) {
                    expand(part, entry.getCompressedSize());
                }
            }
        } catch (ZipException unreadable) {
            // the parser will say what is wrong with it
        }
    }

    /** Reads a package part to its end, refusing it once it has grown more than the ratio allows. */
    private void expand(InputStream part, long compressedSize) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int read = part.read(buffer); read >= 0; read = part.read(buffer)) {
            size += read;
            if (size > RATIO_GRACE && compressedSize > 0 && size / compressedSize > MAX_RATIO) {
                throw exceed(("one of its parts expands to more than %d times its compressed size, the mark of a"
                                + " decompression bomb")
                        .formatted(MAX_RATIO));
            }
        }
    }

    /** Why a limit stopped the parse, or null when none did. */
    String exceeded() {
        return exceeded;
    }

    private LimitReachedException exceed(String reason) {
        if (exceeded == null) {
            exceeded = reason;
        }
        return new LimitReachedException(exceeded);
    }

    private void spend(long bytes) throws LimitReachedException {
        expanded += bytes;
        if (expanded > limits.maxExpandedBytes()) {
            throw exceed("it expands to more than %s (lessons.ingest.max-expanded-size)"
                    .formatted(Sizes.readable(limits.maxExpandedBytes())));
        }
    }

    /** A limit was reached; {@link #exceeded()} says which. */
    static final class LimitReachedException extends IOException {
        LimitReachedException(String message) {
            super(message);
        }
    }

    private final class Counting extends FilterInputStream {

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                spend(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                spend(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            spend(skipped);
            return skipped;
        }
    }
}
