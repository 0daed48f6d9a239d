package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.Json;
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
 * Rebuilding the indexes from the database while people search: searches made all along answer, and
 * answer in full; the aliases end on new indexes and the old ones are gone; a document added meanwhile is
 * found afterwards; a rebuild that fails midway leaves searches untouched and the aliases where they were.
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class IndexRebuildIT {

    private static final String MARKER = "rb" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final String LATE_MARKER = "rl" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    /** Enough documents, with enough passages, that the mass indexer takes a moment while searches go on. */
    private static final int DOCUMENTS = 12;
    private static final int PARAGRAPHS = 60;
    private static final List<String> INDEXES = List.of("documents", "cases", "passages");
    private static final String EDITOR = "rebuild-editor-" + MARKER;
    private static final String EDITOR_PASSWORD = "editor-password-12";
    private static final Duration REBUILD_TIMEOUT = Duration.ofSeconds(180);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
    void documentsToSearchFor() {
        List<String> jobs = new ArrayList<>();
        Random random = new Random(7);
        for (int d = 0; d < DOCUMENTS; d++) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < PARAGRAPHS; p++) {
                body.append("<p>").append(paragraph(random, d, p)).append("</p>");
            }
            HttpResponse<String> upload = api().upload("rebuild-" + d + ".html",
                    TestDocuments.html("Municipal water report " + d + " " + MARKER, body.toString()),
                    ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
            jobs.add(ApiClient.json(upload).getString("id"));
        }
        for (String job : jobs) {
            assertThat(api().awaitJob(job).getString("state")).isEqualTo("done");
        }
        assertThat(markerTotal(MARKER)).isEqualTo(DOCUMENTS);
    }

    @Test
    @Order(2)
    void onlyAdminsMayRebuild() {
        assertThat(api().postJson("api/accounts", "{\"username\":\"" + EDITOR + "\",\"password\":\"" + EDITOR_PASSWORD
                + "\",\"role\":\"editor\"}", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD).statusCode()).isIn(200, 201);

        HttpResponse<String> anonymous = api().send("api/admin/index-rebuild",
                r -> r.POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(api().get("api/admin/index-rebuild").statusCode()).isEqualTo(401);
        HttpResponse<String> editor = api().postJson("api/admin/index-rebuild", "", EDITOR, EDITOR_PASSWORD);
        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(editor.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api().get("api/admin/index-rebuild", EDITOR, EDITOR_PASSWORD).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void rebuildsWhileSearchesGoOn(DevNodeProcess node) throws Exception {
        Map<String, String> before = servingIndexes(node);

        try (SearchLoad load = new SearchLoad(4)) {
            load.awaitSearches(20);
            HttpResponse<String> started = api().postJson("api/admin/index-rebuild", "", ApiClient.ADMIN,
                    ApiClient.ADMIN_PASSWORD);
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            JsonObject rebuild = ApiClient.json(started);
            assertThat(rebuild.getString("state")).isEqualTo("running");
            assertThat(rebuild.getString("startedBy")).isEqualTo(ApiClient.ADMIN);

            HttpResponse<String> second = api().postJson("api/admin/index-rebuild", "", ApiClient.ADMIN,
                    ApiClient.ADMIN_PASSWORD);
            assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
            assertThat(ApiClient.json(second).getString("detail")).contains("already running");

            // a change while the mass indexer runs goes to the new indexes through the write alias
            HttpResponse<String> late = api().upload("late.html", TestDocuments.html("Late arrival " + LATE_MARKER,
                    "<p>Written while the indexes were rebuilt: " + LATE_MARKER + ".</p>"),
                    ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
            assertThat(late.statusCode()).as(late.body()).isEqualTo(202);

            JsonObject ended = awaitRebuild(rebuild.getString("id"));
            load.stopAndCheck(DOCUMENTS);

            assertThat(ended.getString("state")).as(ended.toString()).isEqualTo("done");
            System.out.printf("Rebuild took %s with %d searches answered meanwhile: %s%n",
                    Duration.between(Instant.parse(ended.getString("startedAt")), Instant.parse(ended.getString("endedAt"))),
                    load.searchesBetween(Instant.parse(ended.getString("startedAt")), Instant.parse(ended.getString("endedAt"))),
                    ended.getJsonArray("indexes"));
            assertThat(load.searchesBetween(Instant.parse(ended.getString("startedAt")),
                    Instant.parse(ended.getString("endedAt")))).as("searches made during the rebuild").isPositive();
            Map<String, String> after = servingIndexes(node);
            for (JsonObject index : ended.getJsonArray("indexes").getValuesAs(JsonObject.class)) {
                String name = index.getString("name");
                assertThat(index.getString("previousIndex")).isEqualTo(before.get(name));
                assertThat(index.getString("newIndex")).isEqualTo(after.get(name)).isNotEqualTo(before.get(name))
                        .matches(name + "-\\d{6}");
                assertThat(nodeStatus(node, "/" + before.get(name))).as("old index of " + name).isEqualTo(404);
                assertThat(aliasTargets(node, name + "-write")).containsExactly(after.get(name));
            }
            assertThat(ended.getJsonArray("indexes").getValuesAs(JsonObject.class))
                    .extracting(i -> i.getString("name")).containsExactlyInAnyOrderElementsOf(INDEXES);
            assertThat(ended.getJsonArray("indexes").getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getString("name").equals("passages")).findFirst().orElseThrow()
                    .getJsonNumber("entries").longValue()).isGreaterThan(DOCUMENTS);

            assertThat(api().awaitJob(ApiClient.json(late).getString("id")).getString("state")).isEqualTo("done");
        }
        assertThat(markerTotal(MARKER)).isEqualTo(DOCUMENTS);
        assertThat(markerTotal(LATE_MARKER)).as("the document added during the rebuild").isEqualTo(1);

        JsonObject latest = ApiClient.json(api().get("api/admin/index-rebuild", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD));
        assertThat(latest.getString("state")).isEqualTo("done");
        assertThat(auditEntry("index.rebuilt").getString("detail")).contains(servingIndexes(node).get("documents"));
    }

    @Test
    @Order(4)
    void aFailedRebuildLeavesSearchesAndAliasesAlone(DevNodeProcess node) throws Exception {
        Map<String, String> before = servingIndexes(node);
        String template = "/_index_template/rebuild-it-" + MARKER;
        // a write block on every new passages index makes the mass indexer's writes fail midway
        assertThat(nodeSend(node, "PUT", template, "{\"index_patterns\":[\"passages-*\"],\"priority\":500,"
                + "\"template\":{\"settings\":{\"index.blocks.write\":true}}}")).isEqualTo(200);
        try (SearchLoad load = new SearchLoad(2)) {
            load.awaitSearches(10);
            HttpResponse<String> started = api().postJson("api/admin/index-rebuild", "", ApiClient.ADMIN,
                    ApiClient.ADMIN_PASSWORD);
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            JsonObject ended = awaitRebuild(ApiClient.json(started).getString("id"));
            load.stopAndCheck(DOCUMENTS);

            assertThat(ended.getString("state")).as(ended.toString()).isEqualTo("failed");
            assertThat(ended.getString("phase")).isEqualTo("indexing");
            assertThat(ended.getString("reason")).isNotBlank();
        } finally {
            nodeSend(node, "DELETE", template, null);
        }
        assertThat(servingIndexes(node)).isEqualTo(before);
        for (String name : INDEXES) {
            assertThat(aliasTargets(node, name + "-write")).containsExactly(before.get(name));
            assertThat(indexesNamed(node, name)).as("no new generation of " + name + " is left")
                    .containsExactly(before.get(name));
        }
        assertThat(markerTotal(MARKER)).isEqualTo(DOCUMENTS);
        assertThat(auditEntry("index.rebuild-failed").getString("actor")).isEqualTo(ApiClient.ADMIN);

        // and the next rebuild works again
        HttpResponse<String> again = api().postJson("api/admin/index-rebuild", "", ApiClient.ADMIN,
                ApiClient.ADMIN_PASSWORD);
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(awaitRebuild(ApiClient.json(again).getString("id")).getString("state")).isEqualTo("done");
        assertThat(markerTotal(MARKER)).isEqualTo(DOCUMENTS);
    }

    @Test
    @Order(5)
    void repairsWhatARebuildCutShortLeft(DevNodeProcess node) throws Exception {
        Map<String, String> before = servingIndexes(node);
        // what a server stopped during the mass indexing leaves: the write alias on an unfinished generation
        String abandoned = "passages-000099";
        assertThat(nodeSend(node, "PUT", "/" + abandoned, "{}")).isEqualTo(200);
        assertThat(nodeSend(node, "POST", "/_aliases", "{\"actions\":[{\"remove\":{\"index\":\"" + before.get("passages")
                + "\",\"alias\":\"passages-write\"}},{\"add\":{\"index\":\"" + abandoned
                + "\",\"alias\":\"passages-write\",\"is_write_index\":true}}]}")).isEqualTo(200);

        HttpResponse<String> started = api().postJson("api/admin/index-rebuild", "", ApiClient.ADMIN,
                ApiClient.ADMIN_PASSWORD);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonObject ended = awaitRebuild(ApiClient.json(started).getString("id"));
        assertThat(ended.getString("state")).as(ended.toString()).isEqualTo("done");

        Map<String, String> after = servingIndexes(node);
        assertThat(nodeStatus(node, "/" + abandoned)).isEqualTo(404);
        for (String name : INDEXES) {
            assertThat(aliasTargets(node, name + "-write")).containsExactly(after.get(name));
            assertThat(indexesNamed(node, name)).containsExactly(after.get(name));
        }
        assertThat(after.get("passages")).isNotEqualTo(before.get("passages")).isNotEqualTo(abandoned);
        assertThat(markerTotal(MARKER)).isEqualTo(DOCUMENTS);
    }

    @Test
    @Order(6)
    void theMaintenancePageRebuildsAndFollowsTheRebuild() {
        String previousId = ApiClient.json(api().get("api/admin/index-rebuild", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD))
                .getString("id");
        try (Browser browser = new Browser(base, "en")) {
            signIn(browser, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
            browser.waitFor(d -> browser.find("#rebuild-status").getText().contains("finished at"));
            assertThat(browser.findAll("#rebuild-indexes tbody tr")).hasSize(INDEXES.size());
            assertThat(browser.find("[data-admin-page='maintenance.html']").isDisplayed()).isTrue();
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.find("#rebuild").click();
            browser.waitFor(REBUILD_TIMEOUT, d -> {
                JsonObject latest = ApiClient.json(api().get("api/admin/index-rebuild", ApiClient.ADMIN,
                        ApiClient.ADMIN_PASSWORD));
                return !latest.getString("id").equals(previousId) && "done".equals(latest.getString("state"));
            });
            JsonObject latest = ApiClient.json(api().get("api/admin/index-rebuild", ApiClient.ADMIN,
                    ApiClient.ADMIN_PASSWORD));
            String newDocuments = latest.getJsonArray("indexes").getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getString("name").equals("documents")).findFirst().orElseThrow().getString("newIndex");
            browser.waitFor(d -> browser.find("#rebuild-indexes").getText().contains(newDocuments));
            assertThat(browser.find("#rebuild").isEnabled()).isTrue();
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("maintenance");

            browser.find("[data-lang='fr']").click();
            browser.waitFor(d -> browser.find("#rebuild").getText().equals("Reconstruire les index de recherche"));
            assertThat(browser.find("#rebuild-status").getText()).contains("terminée à");
        }
        try (Browser browser = new Browser(base, "en")) {
            signIn(browser, EDITOR, EDITOR_PASSWORD);
            browser.waitFor(d -> browser.find("#rebuild-status").getText().contains("Only admins"));
            assertThat(browser.find("#rebuild").isEnabled()).isFalse();
            // The header offers editors only their own pages, and signIn waited until it was drawn.
            assertThat(browser.findAll("[data-admin-page='maintenance.html']")).isEmpty();
            assertThat(browser.findAll("[data-admin-page='admin.html']")).hasSize(1);
        }
    }

    private static void signIn(Browser browser, String user, String password) {
        browser.open("maintenance.html");
        browser.waitFor(d -> d.getCurrentUrl().contains("login.html"));
        browser.find("#username").sendKeys(user);
        browser.find("#password").sendKeys(password);
        browser.find("#login-form button[type=submit]").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("maintenance.html"));
        browser.waitFor(d -> browser.find("#signed-in-as").getText().contains(user));
    }

    private static String paragraph(Random random, int document, int paragraph) {
        String[] subjects = {"The water utility", "The neighbourhood assembly", "The city council", "A cooperative",
            "The regional government", "The users' committee"};
        String[] verbs = {"reviewed", "costed", "mapped", "debated", "published", "audited"};
        String[] objects = {"the tariffs of the public service", "the maintenance of the pipes",
            "the shared governance of the fountain", "the procurement rules", "the yearly budget", "the complaints"};
        return subjects[random.nextInt(subjects.length)] + " " + verbs[random.nextInt(verbs.length)] + " "
                + objects[random.nextInt(objects.length)] + " in district " + random.nextInt(1000) + " (report "
                + document + ", item " + paragraph + ", reference " + Long.toString(random.nextLong() & 0xffffffffL, 36)
                + ") for " + MARKER + ".";
    }

    private long markerTotal(String marker) {
        HttpResponse<String> response = api().get("api/search?type=document&q=" + marker);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).getJsonNumber("total").longValue();
    }

    private JsonObject awaitRebuild(String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(REBUILD_TIMEOUT);
        while (true) {
            HttpResponse<String> response = api().get("api/admin/index-rebuild", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            JsonObject status = ApiClient.json(response);
            assertThat(status.getString("id")).isEqualTo(id);
            if (!"running".equals(status.getString("state"))) {
                return status;
            }
            assertThat(Instant.now()).as("rebuild still running: " + status).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private JsonObject auditEntry(String action) {
        JsonObject log = ApiClient.json(api().get("api/audit?size=50", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD));
        return log.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " in the audit log: " + log));
    }

    /** The index each read alias points to, by Hibernate Search's index name, asked of the node itself. */
    private Map<String, String> servingIndexes(DevNodeProcess node) throws IOException, InterruptedException {
        Map<String, String> serving = new TreeMap<>();
        for (String name : INDEXES) {
            Set<String> targets = aliasTargets(node, name + "-read");
            assertThat(targets).as(name + "-read").hasSize(1);
            serving.put(name, targets.iterator().next());
        }
        return serving;
    }

    private Set<String> aliasTargets(DevNodeProcess node, String alias) throws IOException, InterruptedException {
        return nodeJson(node, "/_alias/" + alias).keySet();
    }

    private Set<String> indexesNamed(DevNodeProcess node, String name) throws IOException, InterruptedException {
        return nodeJson(node, "/" + name + "-*").keySet();
    }

    private JsonObject nodeJson(DevNodeProcess node, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node.httpUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private int nodeStatus(DevNodeProcess node, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(node.httpUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int nodeSend(DevNodeProcess node, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.httpUrl() + path));
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Searches for the marker without pause from several threads, recording every answer. */
    private final class SearchLoad implements AutoCloseable {

        private record Answer(Instant at, int status, long total, String problem) {
        }

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        private final ExecutorService threads;
        private final List<Future<?>> workers = new ArrayList<>();

        SearchLoad(int clients) {
            threads = Executors.newFixedThreadPool(clients);
            for (int i = 0; i < clients; i++) {
                workers.add(threads.submit(this::searchUntilStopped));
            }
        }

        private void searchUntilStopped() {
            ApiClient client = api();
            while (running.get()) {
                try {
                    HttpResponse<String> response = client.get("api/search?type=document&q=" + MARKER);
                    long total = response.statusCode() == 200 ? ApiClient.json(response).getJsonNumber("total").longValue() : -1;
                    answers.add(new Answer(Instant.now(), response.statusCode(), total,
                            response.statusCode() == 200 ? null : response.body()));
                } catch (RuntimeException | AssertionError e) {
                    answers.add(new Answer(Instant.now(), -1, -1, String.valueOf(e)));
                }
            }
        }

        void awaitSearches(int count) throws InterruptedException {
            Instant deadline = Instant.now().plusSeconds(60);
            while (answers.size() < count) {
                assertThat(Instant.now()).as("searches before the rebuild").isBefore(deadline);
                Thread.sleep(50);
            }
        }

        /** Every search answered 200 with all the marker's documents: none failed, none saw fewer. */
        void stopAndCheck(int expectedTotal) throws Exception {
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get();
            }
            assertThat(answers).isNotEmpty();
            assertThat(answers).filteredOn(a -> a.status() != 200 || a.total() != expectedTotal)
                    .as("searches that failed or missed documents, of " + answers.size()).isEmpty();
        }

        long searchesBetween(Instant from, Instant to) {
            return answers.stream().filter(a -> !a.at().isBefore(from) && !a.at().isAfter(to)).count();
        }

        @Override
        public void close() {
            running.set(false);
            threads.shutdownNow();
        }
    }
}
