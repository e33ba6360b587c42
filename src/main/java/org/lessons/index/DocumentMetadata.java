package org.lessons.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What is known about a document as a whole; every passage of it carries the fields a hit shows. */
public record DocumentMetadata(
        String title,
        List<String> authors,
        LocalDate date,
        DocumentType docType,
        String language,
        DocumentFormat format,
        String mediaType,
        int pageCount) {

    public DocumentMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(docType, "docType");
        Objects.requireNonNull(format, "format");
        authors = List.copyOf(authors);
        language = language == null || language.isBlank() ? "und" : language;
    }
}
