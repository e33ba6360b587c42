package org.lessons.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiSignInsTest {

    private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");

    private final ApiSignIns signIns = new ApiSignIns();

    @Test
    void recordsTheFirstSignInOfAUserFromAnAddressOncePerHour() {
        assertThat(signIns.isFirstInWindow("ann", "192.0.2.1", T0)).isTrue();
        assertThat(signIns.isFirstInWindow("ann", "192.0.2.1", T0.plusSeconds(1)))
                .isFalse();
        assertThat(signIns.isFirstInWindow("ann", "192.0.2.1", T0.plusSeconds(3599)))
                .isFalse();
        assertThat(signIns.isFirstInWindow("ann", "192.0.2.1", T0.plusSeconds(3600)))
                .isTrue();
        assertThat(signIns.isFirstInWindow("ann", "192.0.2.1", T0.plusSeconds(3601)))
                .isFalse();
    }

    @Test
    void anotherAddressOrAnotherUserIsRecordedAtOnce() {
        assertThat(signIns.isFirstInWindow("ann", "192.0.2.1", T0)).isTrue();
        assertThat(signIns.isFirstInWindow("ann", "198.51.100.7", T0)).isTrue();
        assertThat(signIns.isFirstInWindow("bob", "192.0.2.1", T0)).isTrue();
    }
}
