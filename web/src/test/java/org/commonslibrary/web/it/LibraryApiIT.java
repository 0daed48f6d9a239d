package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.commonslibrary.devnode.DevNodeProcess;
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
 * The whole path on a provisioned WildFly with a real OpenSearch node and an H2 file database: upload,
 * extraction in Tika's forked JVM, one-transaction persistence, indexing, search with highlights, page
 * numbers and facets, access control, and health when the search cluster goes away.
 */
// The node must be up before Arquillian deploys, because the application creates its indexes at start-up.
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class LibraryApiIT {

    /** A word no other document contains, so counts in this run are exact whatever the database holds. */
    private static final String MARKER = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private static long pdfDocumentId;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    @Test
    @Order(1)
    void healthReportsDatabaseAndClusterUp() {
        HttpResponse<String> response = api().get("api/health");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject health = ApiClient.json(response);
        assertThat(health.getString("status")).isEqualTo("up");
        assertThat(health.getJsonObject("database").getString("status")).isEqualTo("up");
        assertThat(health.getJsonObject("opensearch").getString("clusterStatus")).isIn("green", "yellow");
    }

    @Test
    @Order(2)
    void anonymousUploadIsUnauthorized() {
        HttpResponse<String> response = api().upload("anonymous.txt", "hello".getBytes(StandardCharsets.UTF_8),
                null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Basic"));
        assertProblem(response);
    }

    @Test
    @Order(3)
    void wrongPasswordIsUnauthorized() {
        HttpResponse<String> response = api().upload("wrong.txt", "hello".getBytes(StandardCharsets.UTF_8), ApiClient.ADMIN,
                "not-the-password");
        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response);
    }

    @Test
    @Order(4)
    void editorMayUploadButNotManageAccountsOrDelete() {
        String editor = "editor-" + MARKER;
        HttpResponse<String> created = api().postJson("api/accounts",
                "{\"username\":\"" + editor + "\",\"password\":\"editor-password-1\",\"role\":\"editor\"}", ApiClient.ADMIN,
                ApiClient.ADMIN_PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("editor-password-1");

        // Its text must not name MARKER: the later tests count the documents that do.
        HttpResponse<String> upload = api().upload("editor-" + MARKER + ".txt",
                ("An editor's note about shared water services, reference ed" + MARKER + ".").getBytes(StandardCharsets.UTF_8),
                editor, "editor-password-1");
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        String documentId = String.valueOf(api().awaitJob(ApiClient.json(upload).getString("id")).getJsonNumber("documentId"));

        HttpResponse<String> account = api().postJson("api/accounts",
                "{\"username\":\"other-" + MARKER + "\",\"password\":\"other-password-12\",\"role\":\"admin\"}",
                editor, "editor-password-1");
        assertThat(account.statusCode()).isEqualTo(403);
        assertProblem(account);
        HttpResponse<String> delete = api().delete("api/documents/" + documentId, editor, "editor-password-1");
        assertThat(delete.statusCode()).isEqualTo(403);
        assertProblem(delete);
    }

    @Test
    @Order(5)
    void adminUploadIsExtractedPersistedAndFoundWithPageAndFacets() {
        byte[] pdf = TestDocuments.pdf("Water back in public hands " + MARKER, List.of(
                "The city council reviewed its water contract with a private operator in the first session.",
                "After the review the council decided to take the water service back into public management. "
                        + "The word " + MARKER + " appears only on this second page.",
                "A public operator now runs the water service and reports to a citizens' observatory."));
        HttpResponse<String> accepted = api().upload("water-" + MARKER + ".pdf", pdf, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonObject job = ApiClient.json(accepted);
        assertThat(location).endsWith("/api/jobs/" + job.getString("id"));
        assertThat(job.getString("state")).isIn("queued", "running");

        JsonObject done = api().awaitJob(job.getString("id"));
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("done");
        pdfDocumentId = done.getJsonNumber("documentId").longValue();

        JsonObject document = ApiClient.json(api().get("api/documents/" + pdfDocumentId));
        assertThat(document.getString("title")).isEqualTo("Water back in public hands " + MARKER);
        assertThat(document.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(document.getInt("pageCount")).isEqualTo(3);
        assertThat(document.getJsonArray("pages").getJsonObject(1).getString("text")).contains(MARKER);
        assertThat(document.getJsonArray("pages").getJsonObject(0).getString("text")).doesNotContain(MARKER);

        HttpResponse<String> response = api().get("api/search?type=document&q=" + MARKER);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject result = ApiClient.json(response);
        assertThat(result.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject hit = result.getJsonArray("hits").getJsonObject(0);
        assertThat(hit.getJsonNumber("documentId").longValue()).isEqualTo(pdfDocumentId);
        JsonObject passage = hit.getJsonArray("passages").getJsonObject(0);
        assertThat(passage.getInt("page")).isEqualTo(2);
        assertThat(passage.getString("highlight")).contains("<mark>" + MARKER + "</mark>");

        String kind = document.getString("kind");
        String language = document.getString("language");
        assertThat(language).isEqualTo("en");
        assertThat(facetCount(result, "kind", kind)).isEqualTo(1);
        assertThat(facetCount(result, "language", language)).isEqualTo(1);
    }

    @Test
    @Order(6)
    void facetFilterNarrowsResultsAndKeepsOtherValuesCounted() {
        String otherMarker = MARKER + "x";
        byte[] french = TestDocuments.html("Gestion publique de l'eau " + otherMarker,
                "<h1>Gestion publique de l'eau</h1><p>La ville a repris la gestion de l'eau en régie publique. "
                        + "Le mot " + MARKER + " apparaît aussi dans ce document, avec " + otherMarker
                        + ". Les habitants participent au conseil d'administration de l'opérateur public.</p>");
        JsonObject job = ApiClient.json(api().upload("eau-" + MARKER + ".html", french, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD));
        assertThat(api().awaitJob(job.getString("id")).getString("state")).isEqualTo("done");

        JsonObject all = ApiClient.json(api().get("api/search?type=document&q=" + MARKER));
        assertThat(all.getJsonNumber("total").longValue()).isEqualTo(2);
        assertThat(facetCount(all, "language", "fr")).isEqualTo(1);
        assertThat(facetCount(all, "language", "en")).isEqualTo(1);

        JsonObject french1 = ApiClient.json(api().get("api/search?type=document&q=" + MARKER + "&language=fr&lang=fr"));
        assertThat(french1.getJsonNumber("total").longValue()).isEqualTo(1);
        // the language facet leaves its own filter out: English is still offered, with its count
        assertThat(facetCount(french1, "language", "en")).isEqualTo(1);
        JsonObject frenchValue = facetValue(french1, "language", "fr");
        assertThat(frenchValue.getBoolean("selected")).isTrue();
        assertThat(frenchValue.getString("label")).isEqualTo("Français");

        JsonObject both = ApiClient.json(api().get("api/search?type=document&q=" + MARKER + "&language=fr&language=en"));
        assertThat(both.getJsonNumber("total").longValue()).isEqualTo(2);
    }

    @Test
    @Order(7)
    void markupInDocumentsComesBackEscaped() {
        String payload = "<img src=x onerror=alert(1)>";
        byte[] html = TestDocuments.html("Escaping " + MARKER,
                "<p>Before the payload " + MARKER + "esc " + payload.replace("<", "&lt;").replace(">", "&gt;")
                        + " and after it.</p>");
        JsonObject job = ApiClient.json(api().upload("escape-" + MARKER + ".html", html, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD));
        assertThat(api().awaitJob(job.getString("id")).getString("state")).isEqualTo("done");

        JsonObject result = ApiClient.json(api().get("api/search?type=document&q=" + MARKER + "esc"));
        String highlight = result.getJsonArray("hits").getJsonObject(0).getJsonArray("passages").getJsonObject(0)
                .getString("highlight");
        assertThat(highlight).contains("&lt;img").doesNotContain("<img");
        Matcher tags = Pattern.compile("</?([a-zA-Z]+)").matcher(highlight);
        while (tags.find()) {
            assertThat(tags.group(1)).as("only <mark> may be markup in: " + highlight).isEqualTo("mark");
        }
    }

    @Test
    @Order(8)
    void sameBytesTwiceEndAsDuplicate() {
        byte[] again = TestDocuments.pdf("Duplicate " + MARKER, List.of("Only one copy of " + MARKER + "dup."));
        JsonObject first = api().awaitJob(ApiClient.json(api().upload("a.pdf", again, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD)).getString("id"));
        JsonObject second = api().awaitJob(ApiClient.json(api().upload("b.pdf", again, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD)).getString("id"));
        assertThat(first.getString("state")).isEqualTo("done");
        assertThat(second.getString("state")).isEqualTo("duplicate");
        assertThat(second.getJsonNumber("documentId").longValue())
                .isEqualTo(first.getJsonNumber("documentId").longValue());
        assertThat(ApiClient.json(api().get("api/search?type=document&q=" + MARKER + "dup")).getJsonNumber("total").longValue())
                .isEqualTo(1);
    }

    @Test
    @Order(9)
    void badInputGetsClearProblemsNotServerErrors() {
        assertBadRequest(api().get("api/search?q=water&page=zero"), "page");
        assertBadRequest(api().get("api/search?q=water&colour=blue"), "colour");
        assertBadRequest(api().get("api/search?q=" + "a".repeat(600)), "longer");
        assertBadRequest(api().get("api/search?q=" + URLEncoder.encode("\"water (AND", StandardCharsets.UTF_8)),
                "quotation mark is not closed");
        assertBadRequest(api().get("api/search?q=" + URLEncoder.encode("(water | energy", StandardCharsets.UTF_8)),
                "parenthesis is not closed");
        assertBadRequest(api().get("api/search?q=" + URLEncoder.encode("water |", StandardCharsets.UTF_8)),
                "operator '|'");
        HttpResponse<String> wellFormed = api().get("api/search?q="
                + URLEncoder.encode("\"water utility\" -(energy | waste)", StandardCharsets.UTF_8));
        assertThat(wellFormed.statusCode()).as(wellFormed.body()).isEqualTo(200);
        HttpResponse<String> missing = api().get("api/documents/999999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertProblem(missing);
        HttpResponse<String> unknownJob = api().get("api/jobs/" + UUID.randomUUID());
        assertThat(unknownJob.statusCode()).isEqualTo(404);
    }

    @Test
    @Order(10)
    void uploadOverTheLimitIsRefusedWithoutKeepingIt() {
        // 16 MB: over the test server's 15 MB upload limit, and over Undertow's default 10 MB request limit,
        // so a clean 413 from the application also proves the server's own limit was raised.
        byte[] big = new byte[16 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> response = api().upload("big-" + MARKER + ".txt", big, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertProblem(response);
        assertThat(ApiClient.json(response).getString("detail")).contains("15 MB");
        // the storage the test server was given (arquillian.xml) holds no trace of it
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("target/it-data/storage"))) {
            assertThat(files.filter(java.nio.file.Files::isRegularFile)
                    .filter(f -> f.toFile().length() >= big.length)).isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @Order(11)
    void healthAndSearchAre503WhileTheSearchClusterIsDown(DevNodeProcess node) {
        node.stop();
        try {
            HttpResponse<String> response = api().get("api/health");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            JsonObject health = ApiClient.json(response);
            assertThat(health.getString("status")).isEqualTo("down");
            assertThat(health.getJsonObject("opensearch").getString("status")).isEqualTo("down");
            assertThat(health.getJsonObject("database").getString("status")).isEqualTo("up");

            // Searching says the index is unreachable and to try again, rather than reporting an incident.
            HttpResponse<String> search = api().get("api/search?q=water");
            assertThat(search.statusCode()).as(search.body()).isEqualTo(503);
            assertThat(search.headers().firstValue("Retry-After")).isPresent();
            assertThat(ApiClient.json(search).getString("detail")).contains("search index cannot be reached");
            // Reading a document needs only the database.
            assertThat(api().get("api/documents/" + pdfDocumentId).statusCode()).isEqualTo(200);
        } finally {
            node.restart();
        }
        assertThat(api().get("api/health").statusCode()).isEqualTo(200);
    }

    private static long facetCount(JsonObject result, String facet, String value) {
        return facetValue(result, facet, value).getJsonNumber("count").longValue();
    }

    private static JsonObject facetValue(JsonObject result, String facet, String value) {
        return result.getJsonArray("facets").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals(facet))
                .flatMap(f -> f.getJsonArray("values").getValuesAs(JsonObject.class).stream())
                .filter(v -> v.getString("value").equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no " + facet + "=" + value + " in " + result));
    }

    private static void assertBadRequest(HttpResponse<String> response, String detailMentions) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertProblem(response);
        assertThat(ApiClient.json(response).getString("detail")).contains(detailMentions);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        JsonObject problem = ApiClient.json(response);
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
