package org.lessons.security.internal;

import java.time.Instant;
import java.util.Objects;
import org.lessons.marking.Marking;
import org.lessons.security.Role;

/**
 * A stored account; the password only ever as its adaptive hash.
 *
 * @param clearance the most restricted marking the user may see
 * @param lockedUntil until when sign-in is refused after too many failures; {@code null} when it never was
 */
public record UserAccount(
        String username,
        String passwordHash,
        Role role,
        Marking clearance,
        boolean enabled,
        Instant createdAt,
        Instant lockedUntil) {

    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(clearance, "clearance");
    }

    /** A new account, never locked. */
    public UserAccount(
            String username, String passwordHash, Role role, Marking clearance, boolean enabled, Instant createdAt) {
        this(username, passwordHash, role, clearance, enabled, createdAt, null);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
