package org.lessons.security.internal;

/** An account was created or changed; whatever remembers something about it must read it again. */
public record AccountChanged(String username) {}
