package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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

/**
 * The search API beyond one page of documents: case examples as results once a curator confirms them, cursor
 * paging, the original at a page, and exports of a whole result set, on the deployed application.
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class SearchApiIT {

    private static final String MARKER = "sa" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final int NOTES = 9;

    private static long pdfId;
    private static byte[] pdfBytes;
    private static long htmlId;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void uploads() {
        pdfBytes = TestDocuments.pdf("Grenoble takes its water back " + MARKER, List.of(
                "Publication date: 2 June 2021. Reference " + MARKER + ".",
                "In 2000 the city of Grenoble decided on the remunicipalisation of its water service, and a "
                        + "public operator took over drinking water in 2001 (" + MARKER + ").",
                "The remunicipalisation of water in Grenoble lowered prices and gave users seats on the board ("
                        + MARKER + ")."));
        JsonObject pdfJob = api().uploadAndWait("grenoble-" + MARKER + ".pdf", pdfBytes);
        assertThat(pdfJob.getString("state")).as(pdfJob.toString()).isEqualTo("done");
        pdfId = pdfJob.getJsonNumber("documentId").longValue();

        JsonObject htmlJob = api().uploadAndWait("notes-" + MARKER + ".html", TestDocuments.html(
                "Meeting notes " + MARKER, "<p>Notes of a meeting on " + MARKER + " held by the council.</p>"
                        + "<script>document.title='owned'</script>"));
        assertThat(htmlJob.getString("state")).as(htmlJob.toString()).isEqualTo("done");
        htmlId = htmlJob.getJsonNumber("documentId").longValue();

        for (int i = 0; i < NOTES; i++) {
            JsonObject job = api().uploadAndWait("note-" + i + "-" + MARKER + ".txt", ("Short note number " + i
                    + " about " + MARKER + " and the public procurement of school meals, version " + i + ".")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(job.getString("state")).as(job.toString()).isEqualTo("done");
        }
    }

    @Test
    @Order(2)
    void aConfirmedCaseIsFoundAsACaseWithItsPageLink() {
        // Other tests' Grenoble cases may share the database: this test follows the case of its own document.
        String search = "api/search?type=case&q=grenoble+" + MARKER;
        JsonObject asCurator = ApiClient.json(api().get(search, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD));
        JsonObject proposal = caseOf(asCurator).orElseThrow(() -> new AssertionError(asCurator.toString()));
        assertThat(proposal.getJsonObject("caseExample").getString("status")).isEqualTo("proposed");
        assertThat(caseOf(ApiClient.json(api().get(search)))).as("proposals are for curators").isEmpty();

        long caseId = proposal.getJsonNumber("id").longValue();
        var confirmed = api().postJson("api/cases/" + caseId + "/review", "{\"status\":\"confirmed\"}",
                ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);

        JsonObject reader = ApiClient.json(api().get(search + "&lang=es"));
        JsonObject hit = caseOf(reader).orElseThrow(() -> new AssertionError(reader.toString()));
        assertThat(hit.getString("type")).isEqualTo("case");
        assertThat(hit.getJsonNumber("id").longValue()).isEqualTo(caseId);
        assertThat(hit.getJsonObject("caseExample").getString("city")).isEqualTo("Grenoble");
        assertThat(hit.getJsonObject("caseExample").getJsonObject("country").getString("label")).isEqualTo("Francia");
        JsonObject passage = hit.getJsonArray("passages").getJsonObject(0);
        assertThat(passage.getString("link"))
                .isEqualTo("/api/documents/" + pdfId + "/original#page=" + passage.getInt("page"));
        JsonObject type = facet(reader, "type");
        assertThat(type.getJsonArray("values").getValuesAs(JsonObject.class))
                .anySatisfy(v -> assertThat(v.getString("label")).isEqualTo("Casos"));
    }

    /** The case drawn from this test's PDF among a page of case results. */
    private static Optional<JsonObject> caseOf(JsonObject results) {
        return results.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getJsonNumber("documentId").longValue() == pdfId).findFirst();
    }

    @Test
    @Order(3)
    void theOriginalOpensAtItsPageAndHtmlIsOnlyEverDownloaded() throws Exception {
        HttpResponse<byte[]> pdf = bytes("api/documents/" + pdfId + "/original");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).isEqualTo(pdfBytes);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"document-" + pdfId + ".pdf\"");
        assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<byte[]> html = bytes("api/documents/" + htmlId + "/original");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(html.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"document-" + htmlId + ".html\"");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("sandbox");

        assertThat(bytes("api/documents/999999999/original").statusCode()).isEqualTo(404);
        assertThat(bytes("api/documents/..%2F..%2Fetc%2Fpasswd/original").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void aCursorWalksTheWholeResultSetAndNewestComesFirst() {
        String search = "api/search?type=document&sort=newest&q=" + MARKER;
        JsonObject page = ApiClient.json(api().get(search));
        int total = page.getInt("total");
        assertThat(total).isEqualTo(NOTES + 2);
        assertThat(page.getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue())
                .as("the only dated document comes first").isEqualTo(pdfId);
        List<Long> seen = new ArrayList<>(ids(page));
        while (page.containsKey("nextCursor") && !page.isNull("nextCursor")) {
            page = ApiClient.json(api().get(search + "&cursor=" + q(page.getString("nextCursor"))));
            seen.addAll(ids(page));
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        assertThat(page.getJsonNumber("tookMillis").longValue()).isNotNegative();
    }

    @Test
    @Order(5)
    void badSearchParametersAreClearFourHundreds() {
        assertBadRequest("api/search?q=water&sort=sideways", "sort");
        assertBadRequest("api/search?q=water&cursor=forged", "cursor");
        assertBadRequest("api/search?q=water&yearFrom=2020&yearTo=2010", "yearFrom");
        assertBadRequest("api/search?q=water&year=last", "year");
        assertBadRequest("api/search?q=water&page=1&page=2", "page");
        assertBadRequest("api/search/export?q=water&format=docx", "format");
        assertBadRequest("api/search/export?q=water", "format");
        String otherSort = ApiClient.json(api().get("api/search?type=document&q=" + MARKER)).getString("nextCursor");
        assertBadRequest("api/search?type=document&sort=oldest&q=" + MARKER + "&cursor=" + q(otherSort), "sort");
    }

    @Test
    @Order(6)
    void exportsHoldEveryHitAsCitations() {
        String parameters = "type=document&q=" + MARKER;
        int total = ApiClient.json(api().get("api/search?" + parameters)).getInt("total");
        assertThat(total).isGreaterThan(10);

        HttpResponse<String> csv = api().get("api/search/export?format=csv&" + parameters);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"library-search.csv\"");
        assertThat(csv.body().split("\r\n")).hasSize(total + 1);
        assertThat(csv.body()).contains("Grenoble takes its water back " + MARKER)
                .contains(base.toString() + "api/documents/" + pdfId + "/original");

        HttpResponse<String> bibtex = api().get("api/search/export?format=bibtex&" + parameters);
        assertThat(bibtex.body().split("\n@", -1)).hasSize(total);
        assertThat(bibtex.body()).contains("library-document-" + pdfId).contains("year = {2021}");

        HttpResponse<String> ris = api().get("api/search/export?format=ris&" + parameters);
        assertThat(ris.body().split("ER  - ", -1)).hasSize(total + 1);

        HttpResponse<String> csl = api().get("api/search/export?format=csljson&" + parameters);
        JsonArray items = Json.createReader(new StringReader(csl.body())).readArray();
        assertThat(items).hasSize(total);
        assertThat(items.getValuesAs(JsonObject.class)).anySatisfy(item -> {
            assertThat(item.getString("id")).isEqualTo("library-document-" + pdfId);
            assertThat(item.getString("URL")).endsWith("/api/documents/" + pdfId + "/original");
        });
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString() + path)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private void assertBadRequest(String path, String mentioned) {
        HttpResponse<String> response = api().get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(ApiClient.json(response).getString("detail")).contains(mentioned);
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject facet(JsonObject result, String name) {
        return result.getJsonArray("facets").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals(name)).findFirst().orElseThrow();
    }
}
