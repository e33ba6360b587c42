package org.lessons.index;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;
import org.lessons.enrich.NameSpans;
import org.lessons.enrich.PersonNames;
import org.lessons.enrich.Tag;
import org.lessons.marking.Marking;

/**
 * A document with everything needed to read and cite it: its metadata and its passages in order, each with
 * its tags and their evidence.
 *
 * @param participants the countries listed as participating in the meeting, with the words that named them
 * @param origin the country a national contribution speaks for
 * @param namesInPassages passage id to where its text names people, for documents held under the Chatham House
 *     rule; not shown, only used to withhold them
 */
public record DocumentDetail(
        DocumentSummary summary,
        List<String> authors,
        int pageCount,
        String mediaType,
        String sha256,
        String event,
        List<Tag> participants,
        List<Tag> origin,
        List<IndexedPassage> passages,
        @JsonIgnore Map<String, NameSpans> namesInPassages) {

    public DocumentDetail {
        namesInPassages = Map.copyOf(namesInPassages);
    }

    public Marking marking() {
        return summary.marking();
    }

    /**
     * The document for a reader who may not see who is named in it: each name in its title, event, section headings
     * and passages replaced by {@link NameSpans#PLACEHOLDER}, and its authors withheld whole.
     */
    public DocumentDetail withNamesWithheld() {
        List<IndexedPassage> withheld = passages.stream()
                .map(passage -> new IndexedPassage(
                        passage.id(),
                        passage.ordinal(),
                        PersonNames.inHeading(passage.section()).withheld(passage.section()),
                        passage.page(),
                        passage.language(),
                        namesInPassages
                                .getOrDefault(passage.id(), NameSpans.NONE)
                                .withheld(passage.text()),
                        passage.tags(),
                        passage.firstIndexed()))
                .toList();
        return new DocumentDetail(
                summary.withNamesWithheld(),
                authors.stream().map(author -> NameSpans.PLACEHOLDER).toList(),
                pageCount,
                mediaType,
                sha256,
                event == null ? null : PersonNames.inHeading(event).withheld(event),
                participants,
                origin,
                withheld,
                Map.of());
    }
}
