package org.lessons.search.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.lessons.enrich.PassageTags;
import org.lessons.enrich.PersonNames;
import org.lessons.enrich.Tag;
import org.lessons.index.LessonFields;
import org.lessons.index.StoredPassage;
import org.lessons.marking.Handling;
import org.lessons.search.Hit;
import org.lessons.search.TagValue;

/** Reads a hit's display fields and tags from the stored passage. */
final class HitReader {

    private HitReader() {}

    /**
     * The hit as the viewer may read it: in a Chatham House document, a viewer below the attribution clearance gets
     * its text, title, event and section without the names of people (the snippet comes withheld already).
     */
    static Hit read(Document stored, String snippet, Visibility visibility) {
        IndexableField page = stored.getField(LessonFields.PAGE);
        String date = stored.get(LessonFields.DATE);
        PassageTags tags = StoredPassage.tags(stored);
        Handling handling = StoredPassage.handling(stored);
        boolean withheld = visibility.withholdsNames(handling);
        String text = stored.get(LessonFields.TEXT);
        return new Hit(
                stored.get(LessonFields.PASSAGE_ID),
                stored.get(LessonFields.DOCUMENT_ID),
                heading(stored.get(LessonFields.TITLE), withheld),
                heading(stored.get(LessonFields.EVENT), withheld),
                heading(stored.get(LessonFields.SECTION), withheld),
                page == null ? null : page.numericValue().intValue(),
                snippet,
                withheld ? StoredPassage.namesInText(stored).withheld(text) : text,
                date == null ? null : LocalDate.parse(date),
                stored.get(LessonFields.LANGUAGE),
                stored.get(LessonFields.DOC_TYPE),
                handling.marking(),
                values(tags.tools()),
                values(tags.countries()),
                values(tags.organisations()),
                new TagValue(tags.kind().value(), tags.kind().label()),
                null,
                List.of(),
                StoredPassage.firstIndexed(stored));
    }

    private static String heading(String heading, boolean withheld) {
        return withheld && heading != null ? PersonNames.inHeading(heading).withheld(heading) : heading;
    }

    static String text(IndexSearcher searcher, int doc) throws IOException {
        return searcher.storedFields().document(doc).get(LessonFields.TEXT);
    }

    private static List<TagValue> values(List<Tag> tags) {
        return tags.stream().map(tag -> new TagValue(tag.value(), tag.label())).toList();
    }
}
