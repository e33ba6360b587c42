package org.lessons.index;

import java.time.Instant;
import org.apache.lucene.document.Document;
import org.lessons.enrich.NameSpans;
import org.lessons.enrich.PassageTags;
import org.lessons.index.internal.DocumentMapper;
import org.lessons.marking.Handling;

/** Reads what is stored with a passage, for the search module's hits. */
public final class StoredPassage {

    private StoredPassage() {}

    public static PassageTags tags(Document passage) {
        return DocumentMapper.tags(passage);
    }

    /** The marking and Chatham House flag of the passage's document. */
    public static Handling handling(Document passage) {
        return DocumentMapper.handling(passage);
    }

    /** Where the passage's text names people; see {@link LessonFields#NAMES_IN_TEXT}. */
    public static NameSpans namesInText(Document passage) {
        return DocumentMapper.namesInText(passage);
    }

    public static Instant firstIndexed(Document passage) {
        return DocumentMapper.firstIndexed(passage);
    }
}
