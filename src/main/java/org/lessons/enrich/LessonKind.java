package org.lessons.enrich;

import java.util.Arrays;
import java.util.Optional;

/** What a passage states: the distinction practitioners draw when they collect lessons. */
public enum LessonKind {
    LESSON_LEARNED("lesson-learned", "Lesson learned"),
    GOOD_PRACTICE("good-practice", "Good practice"),
    GAP("gap", "Gap or challenge"),
    RECOMMENDATION("recommendation", "Recommendation"),
    CONTEXT("context", "Context");

    private final String id;
    private final String label;

    LessonKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<LessonKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
