package org.lessons.security;

/** What a user may do. Analysts search, save and export; curators also add and fix material; admins run it. */
public enum Role {
    ADMIN,
    CURATOR,
    ANALYST
}
