package org.lessons.search;

import java.time.LocalDate;

/**
 * One matching passage with what a result list shows and a citation needs.
 *
 * @param snippet HTML-escaped text with the matches in {@code <mark>}; safe to insert as HTML
 * @param page null for formats without pages
 */
public record Hit(
        String passageId,
        String documentId,
        String title,
        String section,
        Integer page,
        String snippet,
        LocalDate date,
        String language,
        String docType) {}
