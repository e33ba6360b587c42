package org.lessons.enrich;

import java.util.List;

/**
 * Everything the tagger found in one passage. Tools and stages hold the concepts that matched; their broader
 * concepts are implied through the taxonomy, not repeated here.
 */
public record PassageTags(
        List<Tag> tools, List<Tag> stages, List<Tag> countries, List<Tag> regions, List<Tag> organisations, Tag kind) {

    public static final PassageTags NONE = new PassageTags(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            new Tag(LessonKind.CONTEXT.id(), LessonKind.CONTEXT.label(), "", "default"));

    public PassageTags {
        tools = List.copyOf(tools);
        stages = List.copyOf(stages);
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        organisations = List.copyOf(organisations);
    }
}
