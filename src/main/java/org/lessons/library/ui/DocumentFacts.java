package org.lessons.library.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.lessons.enrich.Tag;
import org.lessons.index.DocumentDetail;
import org.lessons.index.DocumentSummary;
import org.lessons.index.DocumentType;
import org.lessons.index.IndexedPassage;
import org.lessons.marking.ui.MarkingBadge;

/**
 * What a citation needs about a document: its marking (which a quotation must carry on), type, event, date,
 * language, countries and organisations.
 */
final class DocumentFacts extends DescriptionList {

    DocumentFacts(DocumentDetail detail) {
        addClassName("document-facts");
        DocumentSummary summary = detail.summary();
        add(new Term("Marking"), new Description(new MarkingBadge(detail.marking())));
        fact(
                "Type",
                DocumentType.fromValue(summary.docType())
                        .map(DocumentType::label)
                        .orElse(summary.docType()));
        fact("Event", detail.event());
        fact("Date", summary.date() == null ? null : summary.date().toString());
        fact("Language", language(summary.language()));
        fact("Authors", String.join(", ", detail.authors()));
        fact("On behalf of", labels(detail.origin()));
        fact("Participating countries", labels(detail.participants()));
        Set<Tag> countries = new LinkedHashSet<>();
        Set<Tag> organisations = new LinkedHashSet<>();
        for (IndexedPassage passage : detail.passages()) {
            countries.addAll(passage.tags().countries());
            organisations.addAll(passage.tags().organisations());
        }
        fact("Countries mentioned", labels(countries));
        fact("Organisations", labels(organisations));
        fact("Passages", Integer.toString(detail.passages().size()));
        fact("File", summary.path());
    }

    private void fact(String term, String value) {
        if (value != null && !value.isBlank()) {
            add(new Term(term), new Description(value));
        }
    }

    private static String labels(Collection<Tag> tags) {
        return String.join(
                ", ", tags.stream().map(Tag::label).distinct().sorted().toList());
    }

    private static String language(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
