package org.lessons.search;

/**
 * Somewhere to keep the current search under a name, for the search screen's "Save" button. The saved-queries
 * feature provides it; defining it here lets the search screen offer saving without depending on that feature,
 * which itself depends on search.
 */
public interface SearchBookmarks {

    /**
     * Keeps the search's words, filters and order under the name, for its owner.
     *
     * @param shared whether every user may see and run it, or only the owner
     */
    void bookmark(SearchRequest search, String name, boolean shared, String owner);
}
