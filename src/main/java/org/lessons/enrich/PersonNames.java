package org.lessons.enrich;

import java.util.List;
import org.lessons.enrich.internal.NameRules;

/**
 * Finds the names of people in a passage, so that a document held under the Chatham House rule can be shown
 * without them. No statistical recogniser for names in English, French, German and Spanish can be fetched where
 * Lessons is built, and none would know this corpus; the rules here follow how meeting notes name people: titles
 * and honorifics, speaker labels, "X said", "presented by X", signatures, common given names, and the document's
 * own authors. Whatever the tagger recognised in the passage (a country, an organisation, a tool) is never taken
 * for a person: those are what Lessons is for.
 */
public final class PersonNames {

    private PersonNames() {}

    /**
     * The names of people in the text.
     *
     * @param authors the document's authors, whose names are found wherever they occur
     * @param known what the tagger found in the same text; none of it is a person
     */
    public static NameSpans find(String text, List<String> authors, PassageTags known) {
        if (text == null || text.isBlank()) {
            return NameSpans.NONE;
        }
        return new NameSpans(NameRules.find(text, authors, known));
    }

    /**
     * The names of people in a title or section heading, from its words alone: the same answer wherever it is
     * asked, so that what the index leaves out of a heading and what a reader is not shown agree.
     */
    public static NameSpans inHeading(String heading) {
        return find(heading, List.of(), PassageTags.NONE);
    }
}
