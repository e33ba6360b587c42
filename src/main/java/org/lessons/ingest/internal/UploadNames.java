package org.lessons.ingest.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * Names for uploaded files. The name a browser sends is untrusted: it only lends a sanitised slug and
 * extension to a generated name in the uploads folder, so it can never choose where the file lands.
 */
public final class UploadNames {

    static final String FOLDER = "uploads";

    private UploadNames() {}

    /** A corpus-relative path such as "uploads/3f9c2a1b-national-contribution.pdf". */
    public static String generate(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? slug(name.substring(dot + 1), 8) : "";
        String slug = slug(base, 60);
        String id = UUID.randomUUID().toString().substring(0, 8);
        return FOLDER + "/" + id + (slug.isEmpty() ? "" : "-" + slug) + (extension.isEmpty() ? "" : "." + extension);
    }

    private static String slug(String text, int maxLength) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > maxLength ? slug.substring(0, maxLength) : slug;
    }
}
