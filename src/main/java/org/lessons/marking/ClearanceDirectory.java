package org.lessons.marking;

import java.util.Optional;

/**
 * Where a user's clearance is looked up as it is now, not as it was when they signed in: a clearance that an
 * administrator lowered, or an account they disabled, must take effect on that user's next request, also in a UI
 * session that stays open for days. The accounts feature provides it; declaring it here keeps this feature free of
 * the accounts' storage.
 */
public interface ClearanceDirectory {

    /** The current clearance of an enabled account; empty for an unknown or disabled one. */
    Optional<Marking> clearanceOf(String username);
}
