package org.lessons.search.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.lessons.enrich.PassageTags;
import org.lessons.enrich.Tag;
import org.lessons.index.LessonFields;
import org.lessons.index.StoredPassage;
import org.lessons.search.Hit;
import org.lessons.search.TagValue;

/** Reads a hit's display fields and tags from the stored passage. */
final class HitReader {

    private HitReader() {}

    static Hit read(IndexSearcher searcher, int doc, String snippet) throws IOException {
        Document stored = searcher.storedFields().document(doc);
        IndexableField page = stored.getField(LessonFields.PAGE);
        String date = stored.get(LessonFields.DATE);
        PassageTags tags = StoredPassage.tags(stored);
        return new Hit(
                stored.get(LessonFields.PASSAGE_ID),
                stored.get(LessonFields.DOCUMENT_ID),
                stored.get(LessonFields.TITLE),
                stored.get(LessonFields.EVENT),
                stored.get(LessonFields.SECTION),
                page == null ? null : page.numericValue().intValue(),
                snippet,
                stored.get(LessonFields.TEXT),
                date == null ? null : LocalDate.parse(date),
                stored.get(LessonFields.LANGUAGE),
                stored.get(LessonFields.DOC_TYPE),
                StoredPassage.handling(stored).marking(),
                values(tags.tools()),
                values(tags.countries()),
                values(tags.organisations()),
                new TagValue(tags.kind().value(), tags.kind().label()),
                null,
                List.of(),
                StoredPassage.firstIndexed(stored));
    }

    static String text(IndexSearcher searcher, int doc) throws IOException {
        return searcher.storedFields().document(doc).get(LessonFields.TEXT);
    }

    private static List<TagValue> values(List<Tag> tags) {
        return tags.stream().map(tag -> new TagValue(tag.value(), tag.label())).toList();
    }
}
