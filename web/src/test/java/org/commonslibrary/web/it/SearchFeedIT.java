package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.JsonObject;

import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Atom feed of a saved search on the deployed WAR: read back with a real XML parser, newest additions
 * first, unpublished documents left out, titles escaped whatever they hold.
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class SearchFeedIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String MARKER = "fd" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final String HOSTILE_TITLE = "Pacts <script>alert(\"x\")</script> & 'co' " + MARKER;
    private static final Pattern DOCUMENT_LINK = Pattern.compile(".*/document\\.html\\?id=(\\d+)&lang=fr");

    /** Our documents in the order they were added. */
    private static final List<Long> added = new ArrayList<>();
    private static long unpublished;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    private long upload(String filename, byte[] content) {
        JsonObject job = api().uploadAndWait(filename, content);
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("done");
        return job.getJsonNumber("documentId").longValue();
    }

    private void patch(long document, String json) {
        HttpResponse<String> response = api().patchJson("api/documents/" + document, json, ApiClient.ADMIN,
                ApiClient.ADMIN_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    @Order(1)
    void documentsAreAddedOneAfterTheOther() {
        added.add(upload("first-" + MARKER + ".html", TestDocuments.html("First water report " + MARKER,
                "<p>The municipal water operator of the city publishes its accounts (" + MARKER + ").</p>")));
        added.add(upload("second-" + MARKER + ".html", TestDocuments.html("Second report " + MARKER,
                "<p>Residents and the council sign agreements to care for gardens (" + MARKER + ").</p>")));
        added.add(upload("third-" + MARKER + ".pdf", TestDocuments.pdf("Third report " + MARKER, List.of(
                "Public procurement reserved for social economy enterprises (" + MARKER + ")."))));
        unpublished = upload("hidden-" + MARKER + ".html", TestDocuments.html("Draft not yet public " + MARKER,
                "<p>A draft that the editors have not released (" + MARKER + ").</p>"));
        patch(unpublished, "{\"published\":false}");
        patch(added.get(1), "{\"title\":" + jsonString(HOSTILE_TITLE) + "}");
    }

    @Test
    @Order(2)
    void theFeedListsTheNewestPublishedMatchesFirstAsValidAtom() throws Exception {
        HttpResponse<String> response = api().get("api/search/feed?q=" + MARKER + "&lang=fr");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/atom+xml"));
        // The writer escaped the markup: the raw text never holds it as markup.
        assertThat(response.body()).doesNotContain("<script>").contains("&lt;script");

        Element feed = parse(response.body()).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("fr");
        assertThat(text(feed, "id")).isNotBlank();
        assertThat(text(feed, "title")).startsWith("Bibliothèque des communs").contains(MARKER);
        assertThat(text(child(child(feed, "author"), "name"))).isNotBlank();
        Instant feedUpdated = Instant.parse(text(feed, "updated"));
        assertThat(link(feed, "self")).contains("/api/search/feed?").contains("q=" + MARKER);
        URI alternate = URI.create(link(feed, "alternate"));
        assertThat(alternate.getPath()).isEqualTo("/");
        assertThat(alternate.getQuery()).contains("q=" + MARKER).contains("lang=fr");

        List<Element> entries = children(feed, "entry");
        List<Long> documents = new ArrayList<>();
        List<Instant> updated = new ArrayList<>();
        for (Element entry : entries) {
            Matcher link = DOCUMENT_LINK.matcher(link(entry, "alternate"));
            assertThat(link.matches()).as(link(entry, "alternate")).isTrue();
            long id = Long.parseLong(link.group(1));
            documents.add(id);
            updated.add(Instant.parse(text(entry, "updated")));
            assertThat(text(entry, "id")).startsWith("tag:").endsWith(":document/" + id);
            assertThat(text(entry, "summary")).contains(MARKER).doesNotContain("<mark>").doesNotContain("&lt;");
        }
        List<Long> newestFirst = new ArrayList<>(added);
        java.util.Collections.reverse(newestFirst);
        assertThat(documents).containsExactlyElementsOf(newestFirst).doesNotContain(unpublished);
        assertThat(updated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(feedUpdated).isEqualTo(updated.get(0));

        Element hostile = entries.get(documents.indexOf(added.get(1)));
        assertThat(text(hostile, "title")).isEqualTo(HOSTILE_TITLE);
    }

    @Test
    @Order(3)
    void theSameEntryKeepsItsIdInAnotherSearchAndLanguage() throws Exception {
        HttpResponse<String> french = api().get("api/search/feed?q=" + MARKER + "&lang=fr");
        HttpResponse<String> spanish = api().get("api/search/feed?q=water+" + MARKER + "&lang=es&type=document");
        Element spanishFeed = parse(spanish.body()).getDocumentElement();
        assertThat(text(spanishFeed, "title")).startsWith("Biblioteca de los comunes");
        String firstId = entryIdOf(parse(french.body()).getDocumentElement(), added.get(0));
        assertThat(entryIdOf(spanishFeed, added.get(0))).isEqualTo(firstId);
    }

    @Test
    @Order(4)
    void theSearchItselfSortsByAddition() {
        JsonObject results = ApiClient.json(api().get("api/search?sort=added&q=" + MARKER));
        List<Long> ids = results.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getJsonNumber("id").longValue()).toList();
        List<Long> newestFirst = new ArrayList<>(added);
        java.util.Collections.reverse(newestFirst);
        assertThat(ids).containsExactlyElementsOf(newestFirst);
    }

    @Test
    @Order(5)
    void whatTheSearchRefusesTheFeedRefusesToo() {
        for (String bad : List.of("q=" + URLEncoder.encode("\"unclosed", StandardCharsets.UTF_8),
                "q=water&lang=de", "q=water&page=2", "q=water&sort=sideways", "q=water&yearFrom=2020&yearTo=2010")) {
            HttpResponse<String> response = api().get("api/search/feed?" + bad);
            assertThat(response.statusCode()).as(bad + ": " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(bad)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    private static String entryIdOf(Element feed, long document) {
        return children(feed, "entry").stream()
                .filter(e -> link(e, "alternate").contains("document.html?id=" + document + "&"))
                .map(e -> text(e, "id")).findFirst().orElseThrow();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as(name).hasSize(1);
        return found.get(0);
    }

    private static String text(Element parent, String name) {
        return text(child(parent, name));
    }

    private static String text(Element element) {
        return element.getTextContent();
    }

    private static String link(Element parent, String rel) {
        return children(parent, "link").stream().filter(l -> rel.equals(l.getAttribute("rel")))
                .map(l -> l.getAttribute("href")).findFirst().orElseThrow(() -> new AssertionError("no " + rel));
    }

    private static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
