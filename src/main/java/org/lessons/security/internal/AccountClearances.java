package org.lessons.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.lessons.marking.ClearanceDirectory;
import org.lessons.marking.Marking;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Clearances from the account table, as they are now. Every search asks (the matrix asks dozens of times per
 * screen), so answers are remembered briefly: a change made through Lessons forgets its account's answer as soon
 * as it is committed, and {@link #REMEMBERED} bounds how long a change made elsewhere (directly in the database,
 * or by another instance sharing it) can go unnoticed.
 */
@Component
class AccountClearances implements ClearanceDirectory {

    static final Duration REMEMBERED = Duration.ofSeconds(5);

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final Map<String, Remembered> answers = new ConcurrentHashMap<>();

    /** Counts changes, so that an answer read while a change was being committed is never remembered. */
    private final AtomicLong changes = new AtomicLong();

    AccountClearances(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Optional<Marking> clearanceOf(String username) {
        Instant now = clock.instant();
        Remembered known = answers.get(username);
        if (known != null && now.isBefore(known.until())) {
            return known.clearance();
        }
        long changesBefore = changes.get();
        Optional<Marking> clearance =
                accounts.find(username).filter(UserAccount::enabled).map(UserAccount::clearance);
        if (changes.get() == changesBefore) {
            answers.put(username, new Remembered(clearance, now.plus(REMEMBERED)));
        }
        return clearance;
    }

    /** Forgets the account's answer once the change is committed; a change made outside a transaction at once. */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(AccountChanged change) {
        changes.incrementAndGet();
        answers.remove(change.username());
    }

    private record Remembered(Optional<Marking> clearance, Instant until) {}
}
