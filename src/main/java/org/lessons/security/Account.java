package org.lessons.security;

import java.time.Instant;

/** A user as administrators see it: never the password, not even its hash. */
public record Account(String username, Role role, boolean enabled, Instant createdAt) {}
