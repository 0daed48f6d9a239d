package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.json.JsonObject;

import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bad-input suite: malformed, overlong and hostile requests to every kind of endpoint are answered with
 * a 4xx that says what is wrong, never a 5xx; hostile names and titles are kept as data; every response
 * carries the security headers.
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@RunAsClient
class BadInputIT {

    private static final String MARKER = "bi" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    /** One bad request, what it is, and the status it must get. */
    private record BadRequest(String what, String path, UnaryOperator<HttpRequest.Builder> shape, int status,
            boolean ourProblem) {
    }

    private static BadRequest get(String what, String path, int status) {
        return new BadRequest(what, path, r -> r.GET(), status, true);
    }

    private static BadRequest adminJson(String what, String method, String path, String body, int status) {
        return new BadRequest(what, path, r -> r.header("Authorization", ApiClient.adminBasic()).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)), status, true);
    }


    @Test
    void everyBadRequestGetsAClear4xxAndNever5xx() {
        long documentId = api().uploadAndWait(MARKER + ".txt", ("A note on " + MARKER + " about shared water.")
                .getBytes(StandardCharsets.UTF_8)).getJsonNumber("documentId").longValue();
        List<BadRequest> requests = List.of(
                get("overlong query", "api/search?q=" + "a".repeat(501), 400),
                get("unclosed quote", "api/search?q=%22water", 400),
                get("unclosed parenthesis", "api/search?q=(water", 400),
                get("unknown facet", "api/search?colour=red", 400),
                get("unknown sort field", "api/search?sort=price", 400),
                get("sort given twice", "api/search?sort=newest&sort=oldest", 400),
                get("negative page", "api/search?page=-1", 400),
                get("page beyond the window", "api/search?page=1001", 400),
                get("page too large for a number", "api/search?page=99999999999999999999", 400),
                get("page not a number", "api/search?page=two", 400),
                get("year not a number", "api/search?yearFrom=abc", 400),
                get("years reversed", "api/search?yearFrom=2020&yearTo=2010", 400),
                get("year facet not a year", "api/search?year=20x0", 400),
                get("unknown language", "api/search?lang=de", 400),
                get("forged cursor", "api/search?cursor=WyJ4Il0", 400),
                get("overlong facet value", "api/search?practice=" + "p".repeat(101), 400),
                get("too many facet values", "api/search?kind=" + String.join("&kind=", java.util.Collections.nCopies(51, "report")), 400),
                get("control characters in the query", "api/search?q=water%00%01", 400),
                get("unknown export format", "api/search/export?format=exe", 400),
                get("control characters in a suggestion", "api/suggest?q=wa%07ter", 400),
                get("suggestion too long", "api/suggest?q=" + "s".repeat(101), 400),
                get("document id not a number", "api/documents/abc", 404),
                get("document id too large", "api/documents/99999999999999999999", 404),
                get("unknown document", "api/documents/987654321987", 404),
                get("traversal in a document path", "api/documents/..%2F..%2Fetc%2Fpasswd/original", 404),
                get("unknown job", "api/jobs/..%2F..%2Fetc%2Fpasswd", 404),
                get("case id not a number", "api/cases/abc", 404),
                get("unknown lang on a document", "api/documents/" + documentId + "?lang=xx", 400),
                get("audit page size too large", "api/audit?size=100000", 401),
                adminJson("malformed JSON", "PATCH", "api/documents/" + documentId, "{\"title\": ", 400),
                adminJson("JSON of the wrong shape", "PATCH", "api/documents/" + documentId, "[1, 2, 3]", 400),
                adminJson("title of the wrong type", "PATCH", "api/documents/" + documentId, "{\"title\": {\"a\": 1}}", 400),
                adminJson("unknown kind", "PATCH", "api/documents/" + documentId, "{\"kind\": \"novel\"}", 400),
                adminJson("unknown concept", "PATCH", "api/documents/" + documentId, "{\"concepts\": [\"practice.nothing\"]}", 400),
                adminJson("overlong title", "PATCH", "api/documents/" + documentId, "{\"title\": \"" + "t".repeat(1001) + "\"}", 400),
                adminJson("unknown case status", "POST", "api/cases/1/review", "{\"status\": \"maybe\"}", 400),
                adminJson("account with a short password", "POST", "api/accounts",
                        "{\"username\": \"shorty\", \"password\": \"short\", \"role\": \"editor\"}", 400),
                adminJson("account with a hostile name", "POST", "api/accounts",
                        "{\"username\": \"<script>\", \"password\": \"long-enough-password\", \"role\": \"editor\"}", 400),
                adminJson("unknown role", "POST", "api/accounts",
                        "{\"username\": \"someone\", \"password\": \"long-enough-password\", \"role\": \"root\"}", 400),
                new BadRequest("sign-in as a form post", "api/session", r -> r.header("Content-Type",
                        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("username=a")), 415, false),
                new BadRequest("sign-in with an empty body", "api/session", r -> r.header("Content-Type",
                        "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")), 400, true),
                new BadRequest("upload that is not multipart", "api/documents", r -> r.header("Authorization", ApiClient.adminBasic())
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")), 415, false),
                new BadRequest("multipart upload without a file field", "api/documents", r -> r.header("Authorization",
                        ApiClient.adminBasic()).header("Content-Type", "multipart/form-data; boundary=x")
                        .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nv\r\n--x--\r\n")),
                        400, true),
                new BadRequest("overlong address", "api/search?q=" + "w".repeat(20_000), r -> r.GET(), 400, false));
        List<String> wrong = new ArrayList<>();
        for (BadRequest request : requests) {
            HttpResponse<String> response = api().send(request.path(), request.shape());
            if (response.statusCode() != request.status()) {
                wrong.add(request.what() + ": " + response.statusCode() + " " + response.body());
                continue;
            }
            if (request.ourProblem() && !response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json")) {
                wrong.add(request.what() + ": not a problem document: " + response.headers().map());
            } else if (request.ourProblem() && ApiClient.json(response).getString("detail", "").isBlank()) {
                wrong.add(request.what() + ": no detail");
            }
        }
        assertThat(wrong).isEmpty();
        // None of them changed the document.
        JsonObject document = ApiClient.json(api().get("api/documents/" + documentId));
        assertThat(document.getString("title")).isNotEqualTo("t".repeat(1001)).doesNotContain("{");
    }

    @Test
    void hostileNamesAndTitlesAreKeptAsData() {
        JsonObject job = api().uploadAndWait("../../etc/" + MARKER + "<img src=x onerror=alert(1)>.txt",
                ("Minutes of " + MARKER + ": the water board met the residents.").getBytes(StandardCharsets.UTF_8));
        assertThat(job.getString("state")).isEqualTo("done");
        long id = job.getJsonNumber("documentId").longValue();
        HttpResponse<String> original = api().get("api/documents/" + id + "/original");
        assertThat(original.statusCode()).isEqualTo(200);
        // Our own name for the download, never the uploaded one.
        assertThat(original.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"document-" + id + ".txt\"");

        String title = "<script>alert('" + MARKER + "')</script> & \"quotes\"";
        HttpResponse<String> patched = api().patchJson("api/documents/" + id,
                jakarta.json.Json.createObjectBuilder().add("title", title).build().toString(), ApiClient.ADMIN,
                ApiClient.ADMIN_PASSWORD);
        assertThat(patched.statusCode()).isEqualTo(200);
        JsonObject hit = ApiClient.json(api().get("api/search?type=document&q=" + MARKER)).getJsonArray("hits")
                .getValuesAs(JsonObject.class).stream().filter(h -> h.getJsonNumber("documentId").longValue() == id)
                .findFirst().orElseThrow();
        assertThat(hit.getString("title")).isEqualTo(title);
        HttpResponse<String> csv = api().get("api/search/export?format=csv&q=" + MARKER);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("<script>alert('" + MARKER + "')</script>");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("", "index.html", "admin.html", "assets/page-kit.js", "api/search?q=water",
                "api/nothing-here")) {
            HttpResponse<String> response = api().get(path);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'")
                            .contains("object-src 'none'").doesNotContain("unsafe-inline"));
        }
    }
}
