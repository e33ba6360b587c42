package org.lessons.export.internal;

import java.time.LocalDate;
import java.util.List;
import org.lessons.search.TagValue;

/** Citations for the writer tests. */
final class Citations {

    private Citations() {}

    static Citation citation(String title, String text) {
        return new Citation(
                title,
                "Expert meeting in Oslo",
                LocalDate.of(2022, 6, 22),
                "2. Lessons learned",
                4,
                "meeting-notes",
                List.of(new TagValue("jit", "Joint investigation teams")),
                List.of(new TagValue("NO", "Norway"), new TagValue("SE", "Sweden")),
                text,
                "http://lessons.example/documents/d1?passage=d1-3",
                "d1",
                "d1-3");
    }

    /** A citation without the optional parts: no event, date, page or tags. */
    static Citation bare(String title, String text) {
        return new Citation(
                title,
                null,
                null,
                "",
                null,
                "other",
                List.of(),
                List.of(),
                text,
                "http://lessons.example/documents/d2?passage=d2-0",
                "d2",
                "d2-0");
    }
}
