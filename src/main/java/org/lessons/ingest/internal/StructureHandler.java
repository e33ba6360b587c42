package org.lessons.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into blocks that keep the document's structure: headings with their level,
 * paragraphs, and the page each starts on (Tika marks PDF pages as {@code <div class="page">}). It stops the
 * parse once the output limit is reached and keeps what came before.
 */
final class StructureHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "li",
            "pre",
            "blockquote",
            "td",
            "th",
            "tr",
            "dt",
            "dd",
            "table",
            "ul",
            "ol",
            "section",
            "article",
            "body",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6");
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title");

    private final int maxChars;
    private final List<RawBlock> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int page;
    private int headingLevel;
    private int skipDepth;
    private long chars;
    private boolean truncated;

    StructureHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipDepth++;
            return;
        }
        if (name.equals("div") && "page".equals(attributes.getValue("class"))) {
            flush();
            page++;
            return;
        }
        if (BLOCKS.contains(name)) {
            flush();
            headingLevel = headingLevel(name);
        } else if (name.equals("br")) {
            text.append('\n');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipDepth = Math.max(0, skipDepth - 1);
        } else if (BLOCKS.contains(name)) {
            flush();
            headingLevel = 0;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) {
            return;
        }
        long room = maxChars - chars;
        if (length > room) {
            text.append(ch, start, (int) Math.max(0, room));
            chars = maxChars;
            truncated = true;
            throw new OutputLimitReachedException(maxChars);
        }
        text.append(ch, start, length);
        chars += length;
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipDepth == 0) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endDocument() {
        flush();
    }

    List<RawBlock> blocks() {
        flush();
        return List.copyOf(blocks);
    }

    boolean truncated() {
        return truncated;
    }

    private void flush() {
        String block = text.toString().strip();
        text.setLength(0);
        if (!block.isEmpty()) {
            blocks.add(new RawBlock(headingLevel, page == 0 ? null : page, block));
        }
    }

    private static int headingLevel(String name) {
        if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            return name.charAt(1) - '0';
        }
        return 0;
    }

    private static String name(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        return name.toLowerCase(Locale.ROOT);
    }

    /** Thrown to stop a parse whose text exceeds the limit; the blocks read so far are kept. */
    static final class OutputLimitReachedException extends SAXException {
        OutputLimitReachedException(int maxChars) {
            super("Text exceeds the limit of " + maxChars + " characters");
        }
    }
}
