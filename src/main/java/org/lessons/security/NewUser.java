package org.lessons.security;

/** What an administrator gives to create a user; checked by {@link UserAdministration}, not here, so that every
 * rule answers with the same kind of refusal. */
public record NewUser(String username, String password, Role role) {}
