package org.lessons.search.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Lower case without accents, for comparing what was typed with names and labels. */
public final class TextFolding {

    private TextFolding() {}

    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
