package org.lessons.index;

import java.util.Arrays;
import java.util.Optional;

/**
 * The dimensions a search can be narrowed by. The id is both the facet name in the index and the request
 * parameter of the search API, so that what a facet shows is exactly what a filter takes.
 */
public enum FacetDimension {
    DOC_TYPE("docType", false, false),
    YEAR("year", false, false),
    LANGUAGE("language", false, false),
    FORMAT("format", false, false),
    TOOL("tool", true, true),
    STAGE("stage", true, false),
    COUNTRY("country", true, false),
    REGION("region", true, false),
    ORGANISATION("organisation", true, false),
    KIND("kind", false, false),
    PARTICIPANT_COUNTRY("participantCountry", true, false);

    private final String id;
    private final boolean multiValued;
    private final boolean hierarchical;

    FacetDimension(String id, boolean multiValued, boolean hierarchical) {
        this.id = id;
        this.multiValued = multiValued;
        this.hierarchical = hierarchical;
    }

    public String id() {
        return id;
    }

    /** A passage can hold several values (several countries), so counts add up to more than the hits. */
    public boolean multiValued() {
        return multiValued;
    }

    /** Values form a tree (a narrower tool counts for its broader one). */
    public boolean hierarchical() {
        return hierarchical;
    }

    public static Optional<FacetDimension> fromId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
