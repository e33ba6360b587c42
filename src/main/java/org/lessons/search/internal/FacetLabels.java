package org.lessons.search.internal;

import java.util.Locale;
import org.lessons.enrich.Tagger;
import org.lessons.index.DocumentFormat;
import org.lessons.index.DocumentType;
import org.lessons.index.FacetDimension;
import org.springframework.stereotype.Component;

/** Human labels for facet values: "National contribution" for "national-contribution", "Norway" for "NO". */
@Component
public class FacetLabels {

    private final Tagger tagger;

    public FacetLabels(Tagger tagger) {
        this.tagger = tagger;
    }

    public String label(FacetDimension dimension, String value) {
        return switch (dimension) {
            case DOC_TYPE ->
                DocumentType.fromValue(value).map(DocumentType::label).orElse(value);
            case FORMAT ->
                DocumentFormat.fromValue(value).map(DocumentFormat::label).orElse(value);
            case LANGUAGE -> languageName(value);
            case YEAR -> value;
            case TOOL, STAGE -> tagger.label("concept", value);
            case COUNTRY, PARTICIPANT_COUNTRY -> tagger.label("country", value);
            case REGION -> tagger.label("region", value);
            case ORGANISATION -> tagger.label("organisation", value);
            case KIND -> tagger.label("kind", value);
        };
    }

    private static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equals(code) ? code : name;
    }
}
