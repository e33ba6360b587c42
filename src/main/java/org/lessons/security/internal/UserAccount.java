package org.lessons.security.internal;

import java.time.Instant;
import java.util.Objects;
import org.lessons.security.Role;

/** A stored account; the password only ever as its adaptive hash. */
public record UserAccount(String username, String passwordHash, Role role, boolean enabled, Instant createdAt) {
    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
    }
}
