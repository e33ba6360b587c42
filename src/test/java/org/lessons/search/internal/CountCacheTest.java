package org.lessons.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lessons.marking.Marking;
import org.lessons.search.SearchRequest;

/** A count is computed once per request, clearance and index version, and again only when the index has changed. */
class CountCacheTest {

    private final CountCache cache = new CountCache();
    private final AtomicInteger countings = new AtomicInteger();
    private final SearchRequest request = SearchRequest.builder()
            .query("probation")
            .indexedAfter(Instant.EPOCH)
            .build();

    @Test
    void reusesACountUntilTheIndexVersionChanges() {
        assertThat(cache.get(request, Marking.RED, 7, () -> countings.incrementAndGet() * 10L))
                .isEqualTo(10);
        assertThat(cache.get(request, Marking.RED, 7, () -> countings.incrementAndGet() * 10L))
                .isEqualTo(10);
        assertThat(countings).hasValue(1);

        assertThat(cache.get(request, Marking.RED, 8, () -> countings.incrementAndGet() * 10L))
                .isEqualTo(20);
        assertThat(countings).hasValue(2);
    }

    @Test
    void countsAnotherBaselineSeparately() {
        cache.get(request, Marking.RED, 7, countings::incrementAndGet);
        SearchRequest later = SearchRequest.builder()
                .query("probation")
                .indexedAfter(Instant.EPOCH.plusSeconds(1))
                .build();
        cache.get(later, Marking.RED, 7, countings::incrementAndGet);

        assertThat(countings).hasValue(2);
    }

    @Test
    void neverHandsOneClearancesCountToAnother() {
        assertThat(cache.get(request, Marking.RED, 7, () -> 5L)).isEqualTo(5);

        assertThat(cache.get(request, Marking.GREEN, 7, () -> 2L)).isEqualTo(2);
        assertThat(cache.get(request, Marking.RED, 7, () -> 99L)).isEqualTo(5);
    }
}
