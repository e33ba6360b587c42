package org.lessons.ingest.internal;

/** A unit of document structure after normalisation: a heading, a paragraph, or a front-matter field. */
sealed interface Block {

    Integer page();

    record Heading(int level, String text, Integer page) implements Block {}

    record Paragraph(String text, Integer page) implements Block {}

    /** A "Key: value" line from the header of a document, such as "Date: 12 March 2021". */
    record Field(String key, String value, Integer page) implements Block {}
}
