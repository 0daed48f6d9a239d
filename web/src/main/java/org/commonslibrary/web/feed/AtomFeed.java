package org.commonslibrary.web.feed;

import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287), written with a streaming XML writer so that every title and summary is
 * escaped by the writer, whatever characters it holds. Characters XML cannot carry at all (most control
 * characters) are replaced, since no escape exists for them.
 *
 * @param id        the feed's permanent id, an absolute IRI
 * @param language  the language of its titles (xml:lang)
 * @param self      the address of the feed itself
 * @param alternate the page that shows the same thing to a person
 * @param updated   the last time an entry came in
 */
public record AtomFeed(String id, String title, String language, String author, URI self, URI alternate,
        Instant updated, List<Entry> entries) {

    public static final String MEDIA_TYPE = "application/atom+xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** One entry; {@code summary} is plain text, or null when there is none. */
    public record Entry(String id, String title, Instant updated, URI link, String summary) {
    }

    public AtomFeed {
        entries = List.copyOf(entries);
    }

    public void write(OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(ATOM);
        xml.writeStartElement(ATOM, "feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
        text(xml, "id", id);
        text(xml, "title", title);
        text(xml, "updated", date(updated));
        link(xml, "self", MEDIA_TYPE, self);
        link(xml, "alternate", "text/html", alternate);
        xml.writeStartElement(ATOM, "author");
        text(xml, "name", author);
        xml.writeEndElement();
        for (Entry entry : entries) {
            xml.writeStartElement(ATOM, "entry");
            text(xml, "id", entry.id());
            text(xml, "title", entry.title());
            text(xml, "updated", date(entry.updated()));
            link(xml, "alternate", "text/html", entry.link());
            if (entry.summary() != null && !entry.summary().isBlank()) {
                text(xml, "summary", entry.summary());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, element);
        xml.writeCharacters(xmlCharacters(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, URI href) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href.toASCIIString());
    }

    private static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String xmlCharacters(String value) {
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints().forEach(c -> clean.appendCodePoint(HighlightText.isXmlCharacter(c) ? c : 0xFFFD));
        return clean.toString();
    }
}
