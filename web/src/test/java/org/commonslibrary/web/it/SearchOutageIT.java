package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.commonslibrary.devnode.DevNodeProcess;
import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OpenSearch stopped in the middle of a batch of uploads and kept down long enough for Hibernate Search to
 * give up on the index changes: once it is back, every document becomes searchable exactly once, every job
 * ends done, and nobody did anything. The outage lasts {@code library.it.outage.seconds} (180 in the build;
 * shorter runs are for a developer's machine and skip the check that changes were aborted).
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@RunAsClient
class SearchOutageIT {

    private static final int BATCH = 50;
    private static final int BEFORE_OUTAGE = 10;
    /** Hibernate Search aborts a change after three tries 30 s apart; past this, some must have aborted. */
    private static final Duration ABORT_EXPECTED_AFTER = Duration.ofSeconds(150);
    private static final Duration RECOVERY = Duration.ofMinutes(3);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    @Test
    void everyUploadBecomesSearchableOnceAfterTheClusterReturns(DevNodeProcess node) throws Exception {
        ApiClient api = new ApiClient(base);
        Duration outage = Duration.ofSeconds(Long.getLong("library.it.outage.seconds", 180));
        String marker = "outage" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> jobIds = new ArrayList<>();
        List<String> jobsDuringOutage = new ArrayList<>();
        boolean sawPending = false;
        boolean sawAborted = false;
        Instant stoppedAt = null;
        try {
            for (int i = 0; i < BATCH; i++) {
                if (i == BEFORE_OUTAGE) {
                    node.stop();
                    stoppedAt = Instant.now();
                }
                String id = upload(api, marker, i);
                jobIds.add(id);
                if (stoppedAt != null) {
                    jobsDuringOutage.add(id);
                }
            }
            while (Instant.now().isBefore(stoppedAt.plus(outage))) {
                HttpResponse<String> response = api.get("api/health");
                assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
                JsonObject indexing = ApiClient.json(response).getJsonObject("indexing");
                sawPending |= indexing.getJsonNumber("pendingEvents").longValue() > 0;
                sawAborted |= indexing.getJsonNumber("abortedEvents").longValue() > 0;
                Thread.sleep(5000);
            }
            // "done" means searchable: nothing uploaded while the cluster was down can be done yet.
            int stored = 0;
            for (String id : jobsDuringOutage) {
                JsonObject job = ApiClient.json(api.get("api/jobs/" + id));
                assertThat(job.getString("state")).as(job.toString()).isIn("queued", "running", "indexing");
                stored += job.getString("state").equals("indexing") ? 1 : 0;
            }
            assertThat(stored).as("jobs stored and waiting for the index at the end of the outage").isPositive();
        } finally {
            node.restart();
        }
        Instant back = Instant.now();
        assertThat(sawPending).as("health reported index changes waiting during the outage").isTrue();
        if (outage.compareTo(ABORT_EXPECTED_AFTER) >= 0) {
            assertThat(sawAborted).as("health reported aborted index changes during the outage").isTrue();
        }

        Instant deadline = Instant.now().plus(RECOVERY);
        int found = 0;
        while (Instant.now().isBefore(deadline)) {
            found = search(api, marker).getInt("total");
            if (found >= BATCH) {
                break;
            }
            Thread.sleep(2000);
        }
        assertThat(found).as("documents found by search " + RECOVERY + " after the cluster returned").isEqualTo(BATCH);
        System.out.println("SearchOutageIT: " + BATCH + " documents searchable " + Duration.between(back, Instant.now())
                .toSeconds() + " s after OpenSearch was back (outage " + outage.toSeconds() + " s)");

        Set<Long> stored = new HashSet<>();
        for (String id : jobIds) {
            JsonObject job = api.awaitJob(id);
            assertThat(job.getString("state")).as(job.toString()).isEqualTo("done");
            stored.add(job.getJsonNumber("documentId").longValue());
        }
        assertThat(stored).as("one document per upload").hasSize(BATCH);
        assertThat(allHitIds(api, marker)).as("each document found once").containsExactlyInAnyOrderElementsOf(stored);

        JsonObject indexing = awaitIndexingSettled(api);
        if (sawAborted) {
            assertThat(indexing.getJsonObject("reprocessing").getJsonNumber("reprocessedEvents").longValue())
                    .as("aborted changes were sent again").isPositive();
        }
    }

    private static String upload(ApiClient api, String marker, int i) {
        String word = marker + "n" + i;
        byte[] html = TestDocuments.html("Outage batch " + word, "<p>Document " + word + " of batch " + marker
                + " about the co-management of public water services by a city and its residents.</p>");
        HttpResponse<String> accepted = api.upload(word + ".html", html, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return ApiClient.json(accepted).getString("id");
    }

    private static JsonObject search(ApiClient api, String marker) {
        return ApiClient.json(api.get("api/search?type=document&q=" + marker));
    }

    private static List<Long> allHitIds(ApiClient api, String marker) {
        List<Long> ids = new ArrayList<>();
        JsonObject page = search(api, marker);
        for (int pages = 0; pages < BATCH; pages++) {
            var hits = page.getJsonArray("hits").getValuesAs(JsonObject.class);
            if (hits.isEmpty()) {
                break;
            }
            hits.forEach(h -> ids.add(h.getJsonNumber("id").longValue()));
            if (!page.containsKey("nextCursor") || page.isNull("nextCursor")) {
                break;
            }
            page = ApiClient.json(api.get("api/search?type=document&q=" + marker + "&cursor="
                    + URLEncoder.encode(page.getString("nextCursor"), StandardCharsets.UTF_8)));
        }
        return ids;
    }

    /** Health back to 200 with nothing waiting and nothing aborted. */
    private static JsonObject awaitIndexingSettled(ApiClient api) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        JsonObject health = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = api.get("api/health");
            health = ApiClient.json(response);
            JsonObject indexing = health.getJsonObject("indexing");
            if (response.statusCode() == 200 && indexing.getJsonNumber("abortedEvents").longValue() == 0
                    && indexing.getJsonNumber("pendingEvents").longValue() == 0
                    && indexing.getJsonNumber("jobsIndexing").longValue() == 0) {
                assertThat(indexing.getJsonObject("reprocessing").getBoolean("running")).isTrue();
                return indexing;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The index did not settle within a minute: " + health);
    }
}
