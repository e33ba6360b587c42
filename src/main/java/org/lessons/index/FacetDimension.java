package org.lessons.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The dimensions a search can be narrowed by. The id is both the facet name in the index and the request
 * parameter of the search API, so that what a facet shows is exactly what a filter takes.
 */
public enum FacetDimension {
    DOC_TYPE("docType"),
    YEAR("year"),
    LANGUAGE("language"),
    FORMAT("format");

    private final String id;

    FacetDimension(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<FacetDimension> fromId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }

    /** A human label for a facet value, for example "National contribution" for "national-contribution". */
    public String label(String value) {
        return switch (this) {
            case DOC_TYPE -> DocumentType.fromValue(value).map(DocumentType::label).orElse(value);
            case FORMAT -> DocumentFormat.fromValue(value).map(DocumentFormat::label).orElse(value);
            case LANGUAGE -> languageName(value);
            case YEAR -> value;
        };
    }

    private static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equals(code) ? code : name;
    }
}
