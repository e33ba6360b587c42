package org.lessons.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A search as a user asks it: words, filters by facet dimension (values of one dimension are alternatives,
 * dimensions must all hold), a date range, an order, and a page or a cursor. Plain values only, so another
 * engine could answer the same request.
 *
 * @param query the user's words; blank browses everything
 * @param filters facet dimension id to the values selected in it
 * @param from the earliest document date, or null
 * @param to the latest document date, or null
 * @param groupByDocument one hit per document, with its best passages and how many matched
 * @param indexedAfter only passages that first entered the index after this time ("new since"), or null
 * @param cursor continues after the last hit of a previous page (from {@link SearchResult#cursor()}); when set,
 *     {@code page} is ignored and paging is not limited to {@link #MAX_WINDOW}
 */
public record SearchRequest(
        String query,
        Map<String, List<String>> filters,
        LocalDate from,
        LocalDate to,
        SortOrder sort,
        boolean groupByDocument,
        int page,
        int size,
        Instant indexedAfter,
        String cursor) {

    public static final int MAX_SIZE = 100;

    /** How deep plain paging may go; deeper pages would make every query collect that many hits. */
    public static final int MAX_WINDOW = 10_000;

    /** The longest query accepted; longer ones are pasted documents, not searches. */
    public static final int MAX_QUERY_LENGTH = 1_000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        cursor = cursor == null || cursor.isBlank() ? null : cursor;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((dimension, values) -> {
                List<String> kept = values == null
                        ? List.of()
                        : values.stream().filter(v -> v != null && !v.isBlank()).toList();
                if (!kept.isEmpty()) {
                    copy.put(dimension, kept);
                }
            });
        }
        filters = Map.copyOf(copy);
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidSearchException("The query is " + query.length() + " characters long; the limit is "
                    + MAX_QUERY_LENGTH + ". Search for the few words that matter most.");
        }
        if (page < 0) {
            throw new InvalidSearchException("The page number must be 0 or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidSearchException("The page size must be between 1 and " + MAX_SIZE + ".");
        }
        if (cursor == null && ((long) page + 1) * size > MAX_WINDOW) {
            throw new InvalidSearchException("Pages are available up to the " + MAX_WINDOW
                    + "th result; narrow the search, or follow the cursor of each page to go further.");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidSearchException(
                    "The date range is empty: 'from' (" + from + ") is after 'to' (" + to + ").");
        }
    }

    public static SearchRequest of(String query) {
        return builder().query(query).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public SearchRequest withQuery(String newQuery) {
        return new SearchRequest(newQuery, filters, from, to, sort, groupByDocument, page, size, indexedAfter, cursor);
    }

    /** The same search counting only passages first indexed after the time: what is new since then. */
    public SearchRequest newSince(Instant baseline) {
        return new SearchRequest(query, filters, from, to, sort, groupByDocument, page, size, baseline, cursor);
    }

    /**
     * The same words and dates with the given filters, asking for a single hit: for reading facet counts, which
     * neither order nor paging change.
     */
    public SearchRequest countingWith(Map<String, List<String>> countedFilters) {
        return builder()
                .query(query)
                .filters(countedFilters)
                .dates(from, to)
                .size(1)
                .build();
    }

    /**
     * The same words, filters, dates and order as one page of ungrouped passages after the cursor (null: from the
     * first), for walking the whole result set page by page.
     */
    public SearchRequest passagesAfter(String afterCursor, int pageSize) {
        return new SearchRequest(query, filters, from, to, sort, false, 0, pageSize, indexedAfter, afterCursor);
    }

    /**
     * The search in words, for the audit log: the query, filters by dimension in a fixed order, dates, order,
     * grouping and page, each only when it differs from the default.
     */
    public String describe() {
        StringBuilder text = new StringBuilder("q=\"").append(query).append('"');
        new TreeMap<>(filters)
                .forEach((dimension, values) ->
                        text.append(' ').append(dimension).append('=').append(String.join("|", values)));
        if (from != null) {
            text.append(" from=").append(from);
        }
        if (to != null) {
            text.append(" to=").append(to);
        }
        if (sort != SortOrder.RELEVANCE) {
            text.append(" sort=").append(sort.id());
        }
        if (groupByDocument) {
            text.append(" group=document");
        }
        if (indexedAfter != null) {
            text.append(" new-since=").append(indexedAfter);
        }
        text.append(cursor == null ? " page=" + page : " page=next");
        return text.toString();
    }

    /** Builds a request; everything not set has its default (no filters, relevance, first page of 20). */
    public static final class Builder {
        private String query = "";
        private Map<String, List<String>> filters = Map.of();
        private LocalDate from;
        private LocalDate to;
        private SortOrder sort = SortOrder.RELEVANCE;
        private boolean groupByDocument;
        private int page;
        private int size = 20;
        private Instant indexedAfter;
        private String cursor;

        public Builder query(String value) {
            query = value;
            return this;
        }

        public Builder filters(Map<String, List<String>> value) {
            filters = value;
            return this;
        }

        public Builder filter(String dimension, String... values) {
            Map<String, List<String>> more = new LinkedHashMap<>(filters);
            more.put(dimension, List.of(values));
            filters = more;
            return this;
        }

        public Builder dates(LocalDate fromDate, LocalDate toDate) {
            from = fromDate;
            to = toDate;
            return this;
        }

        public Builder sort(SortOrder value) {
            sort = value;
            return this;
        }

        public Builder groupByDocument(boolean value) {
            groupByDocument = value;
            return this;
        }

        public Builder page(int value) {
            page = value;
            return this;
        }

        public Builder size(int value) {
            size = value;
            return this;
        }

        public Builder indexedAfter(Instant value) {
            indexedAfter = value;
            return this;
        }

        public Builder cursor(String value) {
            cursor = value;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(query, filters, from, to, sort, groupByDocument, page, size, indexedAfter, cursor);
        }
    }
}
