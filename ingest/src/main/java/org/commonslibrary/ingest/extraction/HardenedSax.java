package org.commonslibrary.ingest.extraction;

import java.io.IOException;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses the XHTML that comes back from the forked JVM. That text is derived from an untrusted upload, so
 * the JDK parser is locked down: no DOCTYPE at all, no external entities or DTDs, secure processing limits.
 */
final class HardenedSax {

    private static final SAXParserFactory FACTORY = createFactory();

    private HardenedSax() {
    }

    static void parse(String xml, DefaultHandler handler) throws SAXException, IOException {
        SAXParser parser;
        try {
            // SAXParserFactory makes no thread-safety promise; the parsers it creates are used by one thread.
            synchronized (FACTORY) {
                parser = FACTORY.newSAXParser();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser rejects its own hardening features", e);
        }
        XMLReader reader = parser.getXMLReader();
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        reader.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entities are not allowed: " + systemId);
        });
        reader.parse(new InputSource(new StringReader(withOnlyXmlCharacters(xml))));
    }

    private static SAXParserFactory createFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser does not support the required hardening", e);
        }
        return factory;
    }

    /**
     * Tika escapes markup characters but a few parsers let control characters or broken surrogate pairs
     * through, which XML 1.0 forbids even when escaped; they carry no text, so they become spaces.
     */
    static String withOnlyXmlCharacters(String xml) {
        StringBuilder cleaned = null;
        int length = xml.length();
        for (int i = 0; i < length; i++) {
            char c = xml.charAt(i);
            boolean valid;
            if (Character.isHighSurrogate(c)) {
                valid = i + 1 < length && Character.isLowSurrogate(xml.charAt(i + 1));
                if (valid) {
                    if (cleaned != null) {
                        cleaned.append(c).append(xml.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                valid = false;
            } else {
                valid = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!valid && cleaned == null) {
                cleaned = new StringBuilder(length);
                cleaned.append(xml, 0, i);
            }
            if (cleaned != null) {
                cleaned.append(valid ? c : ' ');
            }
        }
        return cleaned == null ? xml : cleaned.toString();
    }
}
