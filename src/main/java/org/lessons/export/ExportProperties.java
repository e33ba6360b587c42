package org.lessons.export;

import org.lessons.search.SearchRequest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of exports ({@code lessons.export.*}).
 *
 * @param maxRows the most passages one export holds; the rest of a larger result set is left out, so that one
 *     request cannot keep the server busy indefinitely
 * @param pageSize passages read from the index at a time; memory holds one such page, never the whole export
 */
@ConfigurationProperties("lessons.export")
public record ExportProperties(
        @DefaultValue("100000") int maxRows,
        @DefaultValue("100") int pageSize) {

    public ExportProperties {
        if (maxRows < 1) {
            throw new IllegalArgumentException("lessons.export.max-rows must be 1 or more, not " + maxRows + ".");
        }
        if (pageSize < 1 || pageSize > SearchRequest.MAX_SIZE) {
            throw new IllegalArgumentException("lessons.export.page-size must be between 1 and "
                    + SearchRequest.MAX_SIZE + ", not " + pageSize + ".");
        }
    }
}
