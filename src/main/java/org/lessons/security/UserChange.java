package org.lessons.security;

import org.lessons.marking.Marking;

/**
 * A change to a user; each part left {@code null} stays as it is, so one call can disable a user without
 * touching the role or the password.
 */
public record UserChange(Role role, Boolean enabled, String password, Marking clearance) {

    public static UserChange role(Role role) {
        return new UserChange(role, null, null, null);
    }

    public static UserChange enabled(boolean enabled) {
        return new UserChange(null, enabled, null, null);
    }

    public static UserChange password(String password) {
        return new UserChange(null, null, password, null);
    }

    public static UserChange clearance(Marking clearance) {
        return new UserChange(null, null, null, clearance);
    }

    public boolean isEmpty() {
        return role == null && enabled == null && password == null && clearance == null;
    }
}
