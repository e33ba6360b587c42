package org.lessons.ingest.internal;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Names for uploaded files. The name a browser sends is untrusted and never becomes a path: the stored name is a
 * random id, then a slug of the name's letters and digits for people to recognise the file by (in the library, as
 * the download's name), then the extension of the type detected from the content. So "../../etc/passwd", "CON",
 * a name with a NUL or a right-to-left override, or a PDF called "notes.txt" all land as
 * {@code uploads/<id>-<slug>.<extension>}.
 */
public final class UploadNames {

    static final String FOLDER = "uploads";

    /** 64 random bits: two uploads of the same name never meet, and a name cannot be guessed beforehand. */
    private static final int ID_BYTES = 8;

    private static final int MAX_SLUG = 60;
    private static final SecureRandom RANDOM = new SecureRandom();

    private UploadNames() {}

    /**
     * A corpus-relative path such as "uploads/3f9c2a1b0d4e5f60-national-contribution.pdf".
     *
     * @param originalName the name the uploader gave, or null
     * @param mediaType the type detected from the content, which decides the extension
     */
    public static String generate(String originalName, String mediaType) {
        byte[] id = new byte[ID_BYTES];
        RANDOM.nextBytes(id);
        String slug = slug(baseName(originalName));
        return FOLDER + "/" + HexFormat.of().formatHex(id) + (slug.isEmpty() ? "" : "-" + slug)
                + AcceptedFormats.extension(mediaType);
    }

    /**
     * The slug and extension of the uploader's name, such as "national-contribution.md": the extension is a hint
     * that may narrow the type detected from the content, never a path.
     */
    static String hint(String originalName) {
        String name = lastSegment(originalName);
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? slug(name.substring(dot + 1)) : "";
        String slug = slug(baseName(originalName));
        return (slug.isEmpty() ? "upload" : slug) + (extension.isEmpty() ? "" : "." + extension);
    }

    private static String baseName(String originalName) {
        String name = lastSegment(originalName);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String lastSegment(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** Lower-case ASCII letters and digits joined by single hyphens; compatibility forms and accents folded. */
    private static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG).replaceAll("-+$", "") : slug;
    }
}
