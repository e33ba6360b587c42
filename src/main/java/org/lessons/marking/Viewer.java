package org.lessons.marking;

import java.util.Objects;

/**
 * Whoever a search, a document view or an export is for. Background work (webhooks, feeds) runs as the user it
 * serves, so that it can never show more than that user could see by searching.
 *
 * @param username the signed-in user, or {@link #NOBODY} when no one could be identified
 * @param clearance the most restricted marking this viewer may see
 */
public record Viewer(String username, Marking clearance) {

    /** The name of the viewer nobody is signed in as; it sees only public material. */
    public static final String NOBODY = "(not signed in)";

    public static final Viewer UNIDENTIFIED = new Viewer(NOBODY, Marking.CLEAR);

    public Viewer {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(clearance, "clearance");
    }

    public boolean maySee(Marking marking) {
        return clearance.permits(marking);
    }
}
