package org.lessons.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which HTTP Basic sign-ins are worth an audit entry. Basic signs in on every API call, so an entry per
 * call would bury everything else; one per user and client address per hour still shows who used the API from
 * where, while the calls that read material (searches, documents, downloads, exports) have entries of their own.
 * Kept in memory: after a restart the next call is recorded again, which is harmless.
 */
public class ApiSignIns {

    public static final Duration WINDOW = Duration.ofHours(1);

    /** Far more pairs than a deployment has users; beyond it, pairs older than the window are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    /** Whether this sign-in is the first of the user from the address within the window; if so, remembers it. */
    public boolean isFirstInWindow(String username, String address, Instant now) {
        if (lastRecorded.size() > TIDY_ABOVE) {
            lastRecorded.values().removeIf(time -> !time.isAfter(now.minus(WINDOW)));
        }
        Instant[] previous = new Instant[1];
        lastRecorded.compute(username + "\n" + address, (key, last) -> {
            previous[0] = last;
            return last != null && last.isAfter(now.minus(WINDOW)) ? last : now;
        });
        return previous[0] == null || !previous[0].isAfter(now.minus(WINDOW));
    }
}
