package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

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
 * The login page's session (cookie flags, CSRF, fixation, sign-out, throttling) and the curation calls
 * that go with it (places, delete, the job list, the audit log) on the deployed WAR.
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class SessionAndCurationIT {

    private static final String MARKER = "sc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final String LOGIN = "{\"username\":\"" + ApiClient.ADMIN + "\",\"password\":\"" + ApiClient.ADMIN_PASSWORD + "\"}";

    private static long documentId;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    private HttpResponse<String> signIn(String body, String cookie) {
        return api().send("api/session", r -> {
            r.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            return cookie == null ? r : r.header("Cookie", cookie);
        });
    }

    /** The {@code name=value} part of the session cookie the response sets. */
    private static String sessionCookie(HttpResponse<String> response) {
        String header = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("library_session=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
        return header.substring(0, header.indexOf(';'));
    }

    private JsonObject session(String cookie) {
        HttpResponse<String> response = api().send("api/session", r -> r.header("Cookie", cookie).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        return ApiClient.json(response);
    }

    private HttpResponse<String> patchWithCookie(String cookie, String csrf, String json) {
        return api().send("api/documents/" + documentId, r -> {
            r.header("Cookie", cookie).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
            return csrf == null ? r : r.header("X-CSRF-Token", csrf);
        });
    }

    private long searchTotal(String query) {
        HttpResponse<String> response = api().get("api/search?q=" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).getJsonNumber("total").longValue();
    }

    @Test
    @Order(1)
    void signingInSetsAStrictHttpOnlyCookieAndHandsOutACsrfToken() {
        JsonObject job = api().uploadAndWait(MARKER + ".txt", ("Notes from " + MARKER + ": the neighbourhood council of "
                + "Lyon shares the running of its community kitchen with residents.").getBytes(StandardCharsets.UTF_8));
        assertThat(job.getString("state")).isEqualTo("done");
        documentId = job.getJsonNumber("documentId").longValue();

        HttpResponse<String> wrong = signIn("{\"username\":\"" + ApiClient.ADMIN + "\",\"password\":\"nope\"}", null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> right = signIn(LOGIN, null);
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
        String header = right.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("library_session="))
                .findFirst().orElseThrow();
        assertThat(header).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/");
        // Plain http here: a Secure cookie would never come back.
        assertThat(header).doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");
        JsonObject body = ApiClient.json(right);
        assertThat(body.getString("username")).isEqualTo(ApiClient.ADMIN);
        assertThat(body.getString("role")).isEqualTo("admin");
        String cookie = sessionCookie(right);
        assertThat(session(cookie).getString("csrfToken")).isEqualTo(body.getString("csrfToken"));
        assertThat(session("library_session=forged").getBoolean("signedIn")).isFalse();
    }

    @Test
    @Order(2)
    void aChangeWithTheCookieNeedsTheSessionsCsrfToken() {
        HttpResponse<String> signedIn = signIn(LOGIN, null);
        String cookie = sessionCookie(signedIn);
        String csrf = ApiClient.json(signedIn).getString("csrfToken");

        HttpResponse<String> without = patchWithCookie(cookie, null, "{\"title\":\"Changed without a token\"}");
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("CSRF");
        HttpResponse<String> wrongToken = patchWithCookie(cookie, csrf + "x", "{\"title\":\"Changed with a wrong token\"}");
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        HttpResponse<String> with = patchWithCookie(cookie, csrf, "{\"title\":\"Community kitchen " + MARKER + "\"}");
        assertThat(with.statusCode()).as(with.body()).isEqualTo(200);
        assertThat(ApiClient.json(with).getString("title")).isEqualTo("Community kitchen " + MARKER);
    }

    @Test
    @Order(3)
    void changesFromAnotherSiteAreRefusedWhateverTheCredentials() {
        HttpResponse<String> crossSite = api().send("api/documents/" + documentId, r -> r
                .header("Authorization", ApiClient.adminBasic()).header("Origin", "http://elsewhere.example")
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"published\":false}")));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        HttpResponse<String> fetchMetadata = api().send("api/documents/" + documentId, r -> r
                .header("Authorization", ApiClient.adminBasic()).header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"published\":false}")));
        assertThat(fetchMetadata.statusCode()).isEqualTo(403);
        assertThat(searchTotal(MARKER)).isEqualTo(1);
    }

    @Test
    @Order(4)
    void signingInAgainReplacesTheSessionAndSigningOutEndsIt() {
        String first = sessionCookie(signIn(LOGIN, null));
        HttpResponse<String> again = signIn(LOGIN, first);
        String second = sessionCookie(again);
        assertThat(second).isNotEqualTo(first);
        assertThat(session(first).getBoolean("signedIn")).as("the old session is closed").isFalse();
        assertThat(session(second).getBoolean("signedIn")).isTrue();

        String csrf = ApiClient.json(again).getString("csrfToken");
        HttpResponse<String> out = api().send("api/session", r -> r.header("Cookie", second)
                .header("X-CSRF-Token", csrf).DELETE());
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(out.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("library_session=;")
                && c.contains("Max-Age=0"));
        assertThat(session(second).getBoolean("signedIn")).isFalse();
        assertThat(patchWithCookie(second, csrf, "{\"title\":\"After signing out\"}").statusCode()).isEqualTo(401);
    }

    @Test
    @Order(5)
    void repeatedWrongPasswordsAreThrottled() {
        String user = "throttled-" + MARKER;
        assertThat(api().postJson("api/accounts", "{\"username\":\"" + user
                + "\",\"password\":\"right-password-12\",\"role\":\"editor\"}", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD)
                .statusCode()).isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("{\"username\":\"" + user + "\",\"password\":\"wrong-" + i + "\"}", null).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> blocked = signIn("{\"username\":\"" + user + "\",\"password\":\"right-password-12\"}", null);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(blocked.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    @Order(6)
    void placesAreCorrectedAllOrNothing() {
        HttpResponse<String> bad = api().patchJson("api/documents/" + documentId,
                "{\"title\":\"Should not stick\",\"places\":[{\"country\":\"ZZ\"}]}", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("ZZ");
        HttpResponse<String> good = api().patchJson("api/documents/" + documentId,
                "{\"places\":[{\"country\":\"sn\",\"city\":\"Dakar\"}]}", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
        JsonObject document = ApiClient.json(good);
        assertThat(document.getString("title")).isEqualTo("Community kitchen " + MARKER);
        assertThat(searchTotal(MARKER + "&country=SN")).isEqualTo(1);
        assertThat(searchTotal(MARKER + "&country=FR")).isZero();
        assertThat(searchTotal(MARKER + "&region=region.africa")).isEqualTo(1);
    }

    @Test
    @Order(7)
    void theJobListAndTheAuditLogAreForTheRightPeopleOnly() {
        assertThat(api().get("api/jobs").statusCode()).isEqualTo(401);
        HttpResponse<String> jobs = api().get("api/jobs?limit=200", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(jobs.statusCode()).isEqualTo(200);
        assertThat(jobs.body()).contains(MARKER + ".txt");

        String editor = "auditor-" + MARKER;
        api().postJson("api/accounts", "{\"username\":\"" + editor + "\",\"password\":\"editor-password-12\",\"role\":\"editor\"}",
                ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(api().get("api/audit", editor, "editor-password-12").statusCode()).isEqualTo(403);

        List<JsonObject> entries = auditEntries();
        JsonObject corrected = entries.stream().filter(e -> e.getString("action").equals("document.corrected")
                && e.getString("target").equals("document " + documentId) && e.getString("detail", "").contains("places"))
                .findFirst().orElseThrow(() -> new AssertionError("no places correction in " + entries));
        assertThat(corrected.getString("actor")).isEqualTo(ApiClient.ADMIN);
        assertThat(corrected.getString("detail")).contains("Dakar (SN)");
        assertThat(entries).anyMatch(e -> e.getString("action").equals("document.uploaded")
                && e.getString("detail", "").equals(MARKER + ".txt"));
        assertThat(entries).anyMatch(e -> e.getString("action").equals("session.refused")
                && e.getString("actor").equals("throttled-" + MARKER));
        // The refused change of order 6 left no trace, because nothing changed.
        assertThat(entries).noneMatch(e -> e.getString("detail", "").contains("Should not stick"));
        // Newest first.
        List<String> times = entries.stream().map(e -> e.getString("at")).toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.<String>naturalOrder().reversed());
    }

    @Test
    @Order(8)
    void aDeletedDocumentIsGoneFromSearchAtOnceAndCanComeBack() {
        assertThat(searchTotal(MARKER)).isEqualTo(1);
        HttpResponse<String> deleted = api().delete("api/documents/" + documentId, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        // No waiting: the deletion is searchable when the call returns.
        assertThat(searchTotal(MARKER)).isZero();
        assertThat(api().get("api/documents/" + documentId).statusCode()).isEqualTo(404);
        assertThat(api().get("api/documents/" + documentId + "/original").statusCode()).isEqualTo(404);
        assertThat(api().delete("api/documents/" + documentId, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD).statusCode())
                .isEqualTo(404);
        assertThat(auditEntries()).anyMatch(e -> e.getString("action").equals("document.deleted")
                && e.getString("target").equals("document " + documentId));

        JsonObject again = api().uploadAndWait(MARKER + ".txt", ("Notes from " + MARKER + ": the neighbourhood council of "
                + "Lyon shares the running of its community kitchen with residents.").getBytes(StandardCharsets.UTF_8));
        assertThat(again.getString("state")).as("the same bytes are new again once deleted").isEqualTo("done");
        assertThat(searchTotal(MARKER)).isEqualTo(1);
    }

    private List<JsonObject> auditEntries() {
        HttpResponse<String> audit = api().get("api/audit?size=200", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        return ApiClient.json(audit).getJsonArray("entries").getValuesAs(JsonObject.class);
    }
}
