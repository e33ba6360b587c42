package org.lessons.security;

import java.time.Instant;
import org.lessons.marking.Marking;

/**
 * A user as administrators see it: never the password, not even its hash.
 *
 * @param clearance the most restricted marking the user may see (JSON: its label, such as {@code "TLP:AMBER"})
 */
public record Account(String username, Role role, Marking clearance, boolean enabled, Instant createdAt) {}
