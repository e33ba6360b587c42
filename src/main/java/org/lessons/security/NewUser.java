package org.lessons.security;

import org.lessons.marking.Marking;

/**
 * What an administrator gives to create a user; checked by {@link UserAdministration}, not here, so that every
 * rule answers with the same kind of refusal.
 *
 * @param clearance the most restricted marking the user may see; null for the configured default clearance
 */
public record NewUser(String username, String password, Role role, Marking clearance) {}
