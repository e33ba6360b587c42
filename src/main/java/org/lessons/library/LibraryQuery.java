package org.lessons.library;

/**
 * Which documents of the library to list, and in which order.
 *
 * @param text words the title or the file path must contain; blank for all
 * @param docType a document type value, or null for all
 * @param outcome "indexed" or "failed", or null for both
 */
public record LibraryQuery(String text, String docType, String outcome, Order order, boolean descending) {

    /** What the library can be sorted by. */
    public enum Order {
        DATE,
        TITLE,
        TYPE,
        LANGUAGE,
        PASSAGES,
        OUTCOME
    }

    public LibraryQuery {
        text = text == null ? "" : text.strip();
        order = order == null ? Order.DATE : order;
    }
}
