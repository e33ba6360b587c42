package org.lessons.savedquery;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.lessons.search.Hit;
import org.lessons.search.PassageAddress;

/**
 * Writes a saved query's latest passages as an Atom feed (RFC 4287), for people who follow sources in a feed
 * reader. Entry ids are tag URIs of the passage id, which stay the same for as long as the passage does, so
 * readers never show a passage twice; {@code updated} is when the passage first arrived in Lessons.
 */
public final class AtomFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    /** The date in tag URIs: fixed, since it names the authority that minted the ids, not a time of the entry. */
    private static final String TAG = "tag:lessons,2026:";

    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private final SavedQuery query;
    private final List<Hit> hits;
    private final String baseUrl;

    /** @param baseUrl where Lessons is reached, without a trailing slash */
    public AtomFeed(SavedQuery query, List<Hit> hits, String baseUrl) {
        this.query = query;
        this.hits = List.copyOf(hits);
        this.baseUrl = baseUrl;
    }

    public void writeTo(OutputStream out, Instant now) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "id", TAG + "saved-query:" + query.id());
        element(xml, "title", "Lessons: " + query.name());
        element(
                xml,
                "updated",
                time(hits.stream()
                        .map(Hit::firstIndexed)
                        .filter(java.util.Objects::nonNull)
                        .max(Instant::compareTo)
                        .orElse(now)));
        xml.writeStartElement("author");
        element(xml, "name", query.owner());
        xml.writeEndElement();
        link(xml, "self", baseUrl + "/api/saved-queries/" + query.id() + "/feed");
        for (Hit hit : hits) {
            entry(xml, hit, now);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private void entry(XMLStreamWriter xml, Hit hit, Instant now) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", TAG + "passage:" + hit.passageId());
        element(
                xml,
                "title",
                hit.section() == null || hit.section().isBlank()
                        ? hit.title()
                        : hit.title() + " \u2014 " + hit.section());
        element(xml, "updated", time(hit.firstIndexed() == null ? now : hit.firstIndexed()));
        link(xml, "alternate", PassageAddress.of(hit, null).under(baseUrl));
        element(xml, "summary", hit.text());
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        // text extracted from PDFs can hold control characters, which XML 1.0 does not allow at all
        xml.writeCharacters(text == null ? "" : NOT_XML.matcher(text).replaceAll(""));
        xml.writeEndElement();
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
