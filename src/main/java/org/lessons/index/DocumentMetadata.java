package org.lessons.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lessons.enrich.Tag;
import org.lessons.marking.Handling;

/**
 * What is known about a document as a whole; every passage of it carries the fields a hit shows.
 *
 * @param event the meeting or event the document reports on, when it states one
 * @param participants the countries listed as participating, kept apart from countries a passage mentions
 * @param origin the country a national contribution speaks for; every passage of it counts for that country
 * @param handling the document's marking and Chatham House flag, which every record of it carries
 */
public record DocumentMetadata(
        String title,
        List<String> authors,
        LocalDate date,
        DocumentType docType,
        String language,
        DocumentFormat format,
        String mediaType,
        int pageCount,
        String event,
        List<Tag> participants,
        List<Tag> origin,
        Handling handling) {

    public DocumentMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(docType, "docType");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(handling, "handling");
        authors = List.copyOf(authors);
        participants = participants == null ? List.of() : List.copyOf(participants);
        origin = origin == null ? List.of() : List.copyOf(origin);
        language = language == null || language.isBlank() ? "und" : language;
    }

    public DocumentMetadata withHandling(Handling newHandling) {
        return new DocumentMetadata(
                title,
                authors,
                date,
                docType,
                language,
                format,
                mediaType,
                pageCount,
                event,
                participants,
                origin,
                newHandling);
    }
}
