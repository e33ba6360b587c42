package org.lessons.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How searches use the machine ({@code lessons.search.*}).
 *
 * @param threads how many threads one search may spread its matching and facet counting over, by index segment;
 *     {@code 0} for one per core. A search with many matches (browsing a million passages, say) then answers
 *     in a fraction of the time while the machine is otherwise idle; under full load every core is busy anyway and
 *     it gains nothing. {@code 1} searches on the request's own thread only.
 */
@ConfigurationProperties("lessons.search")
public record SearchProperties(@DefaultValue("0") int threads) {

    public SearchProperties {
        if (threads < 0) {
            throw new IllegalArgumentException(
                    "lessons.search.threads must be 0 (one per core) or more, not " + threads + ".");
        }
    }

    /** The threads one search may use, with 0 resolved to the number of cores. */
    public int effectiveThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
