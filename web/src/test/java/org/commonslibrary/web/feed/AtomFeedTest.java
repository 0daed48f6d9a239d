package org.commonslibrary.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void whateverATitleHoldsItIsReadBackAsWritten() throws Exception {
        String title = "Pacts <script>alert(\"x\")</script> & 'co' ]]> Bogotá";
        AtomFeed feed = new AtomFeed("http://example.org/?q=a%26b", "Feed & <co>", "es", "Library",
                URI.create("http://example.org/api/search/feed?q=a%26b"), URI.create("http://example.org/?q=a%26b"),
                Instant.parse("2026-01-02T03:04:05.678Z"), List.of(new AtomFeed.Entry("tag:example.org,2026-01-02:document/1",
                        title + "\u0001", Instant.parse("2026-01-02T03:04:05Z"),
                        URI.create("http://example.org/document.html?id=1&lang=es"), "a < b")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        feed.write(out);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        Element root = xml.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(text(root, "title")).isEqualTo("Feed & <co>");
        assertThat(text(root, "updated")).isEqualTo("2026-01-02T03:04:05Z");
        Element entry = (Element) root.getElementsByTagNameNS(ATOM, "entry").item(0);
        // the control character, which XML cannot carry, is replaced; everything else comes back as it was
        assertThat(text(entry, "title")).isEqualTo(title + "\uFFFD");
        assertThat(text(entry, "summary")).isEqualTo("a < b");
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(link.getAttribute("href")).isEqualTo("http://example.org/document.html?id=1&lang=es");
    }

    @Test
    void aHighlightBecomesPlainText() {
        assertThat(HighlightText.of("<mark>l&#x27;eau</mark> &amp; &lt;b&gt; &quot;x&quot; &#39;y&#39; &#1;"))
                .isEqualTo("l'eau & <b> \"x\" 'y' \uFFFD");
        assertThat(HighlightText.of("no markup at all")).isEqualTo("no markup at all");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
