package org.lessons.ingest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's date. A curated archive names files by date ("2021-03-24_expert-meeting.pdf"); failing
 * that, documents state it in their header in their own language ("Datum: 12. März 2021"); file metadata comes
 * last because conversions and copies overwrite it.
 */
final class DocumentDates {

    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            formatter("d MMMM uuuu", Locale.ENGLISH),
            formatter("MMMM d, uuuu", Locale.ENGLISH),
            formatter("d MMMM uuuu", Locale.FRENCH),
            formatter("d. MMMM uuuu", Locale.GERMAN),
            formatter("d 'de' MMMM 'de' uuuu", Locale.forLanguageTag("es")),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private DocumentDates() {}

    static Optional<LocalDate> fromFileName(String fileName) {
        Matcher matcher = ISO_PREFIX.matcher(fileName);
        return matcher.find() ? parse(matcher.group(1)) : Optional.empty();
    }

    /** Parses a date written in English, French, German or Spanish, or as ISO 8601. */
    static Optional<LocalDate> parse(String text) {
        String cleaned = text.strip().replaceFirst("^(\\d{1,2})er\\b", "$1").replaceAll("\\s+", " ");
        for (DateTimeFormatter formatter : WRITTEN) {
            try {
                return Optional.of(LocalDate.parse(cleaned, formatter));
            } catch (DateTimeParseException e) {
                // try the next way of writing dates
            }
        }
        return Optional.empty();
    }

    /** A metadata timestamp such as "2021-03-24T10:15:00Z", reduced to its date. */
    static Optional<LocalDate> fromTimestamp(String timestamp) {
        return timestamp != null && timestamp.length() >= 10 ? parse(timestamp.substring(0, 10)) : Optional.empty();
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(locale);
    }
}
