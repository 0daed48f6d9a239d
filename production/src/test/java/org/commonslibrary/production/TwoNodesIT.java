package org.commonslibrary.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.commonslibrary.devnode.DevNodeProcess;
import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.commonslibrary.web.it.ApiClient;
import org.commonslibrary.web.it.TestDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two WildFly nodes on one PostgreSQL database, one storage folder and one cluster, as docs/operations.md
 * deploys them: the schema is migrated once, both nodes share the outbox's work, and whatever is uploaded to
 * or corrected on either node is found on both, once.
 */
@ExtendWith({DevNodeExtension.class, PostgresExtension.class})
class TwoNodesIT {

    private static LibrarySite site;
    private static LibraryNode first;
    private static LibraryNode second;

    @BeforeAll
    static void startTwoNodes(PostgresServer postgres, DevNodeProcess opensearch) {
        site = LibrarySite.create("two_nodes", postgres, opensearch);
        // Started together, as after a deployment: both run the migrations, which must apply once.
        Thread other = new Thread(() -> second = site.startNode("node-b", 1));
        other.start();
        first = site.startNode("node-a", 0);
        try {
            other.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(second).as("node-b started").isNotNull();
    }

    @AfterAll
    static void stopNodes() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void theSchemaIsMigratedOnceByVersionedScripts() throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Connection db = site.postgres().connect(site.databaseName()); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery(
                        "select version, success from flyway_schema_history where version is not null order by installed_rank")) {
            while (rows.next()) {
                assertThat(rows.getBoolean("success")).isTrue();
                applied.add(rows.getString("version"));
            }
        }
        assertThat(applied).containsExactly("1", "2");
    }

    @Test
    void bothNodesTakeAShareOfTheOutbox() throws SQLException {
        Map<String, Integer> shards = awaitAgents(2, Duration.ofSeconds(60));
        assertThat(shards).hasSize(2);
        assertThat(shards.values()).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void uploadsToEitherNodeAreSearchableOnBothExactlyOnce() throws SQLException {
        String batch = "tn" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        List<LibraryNode> nodes = List.of(first, second);
        Map<String, LibraryNode> jobNode = new HashMap<>();
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String marker = batch + "n" + i;
            markers.add(marker);
            LibraryNode node = nodes.get(i % 2);
            HttpResponse<String> accepted = node.api().upload(marker + ".pdf", TestDocuments.pdf("Shared services " + marker,
                    List.of("A municipal water utility run with its users, document " + marker + ".")),
                    ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            jobNode.put(ApiClient.json(accepted).getString("id"), node);
        }
        for (var job : jobNode.entrySet()) {
            // Either node answers for any job: they share the database.
            LibraryNode other = job.getValue() == first ? second : first;
            JsonObject finished = other.api().awaitJob(job.getKey());
            assertThat(finished.getString("state")).as(finished.toString()).isEqualTo("done");
            assertThat(runnerOf(job.getKey())).isEqualTo(job.getValue().name());
        }
        for (LibraryNode node : nodes) {
            for (String marker : markers) {
                assertThat(total(node, "api/search?type=document&q=" + marker)).as(node.name() + " " + marker).isEqualTo(1);
            }
            assertThat(total(node, "api/search?type=document&q=" + batch + "*")).isEqualTo(markers.size());
        }

        // A correction made on one node is what the other one finds.
        long id = ApiClient.json(first.api().get("api/search?type=document&q=" + markers.get(0)))
                .getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue();
        String title = "Retitled " + batch + "retitled";
        HttpResponse<String> corrected = first.api().patchJson("api/documents/" + id, "{\"title\":\"" + title + "\"}",
                ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.headers().firstValue("Library-Indexing")).hasValue("visible");
        assertThat(total(second, "api/search?type=document&q=" + URLEncoder.encode(batch + "retitled", StandardCharsets.UTF_8)))
                .isEqualTo(1);
    }

    private static int total(LibraryNode node, String path) {
        HttpResponse<String> response = node.api().get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).getInt("total");
    }

    private static String runnerOf(String jobId) throws SQLException {
        try (Connection db = site.postgres().connect(site.databaseName());
                var query = db.prepareStatement("select runner from ingest_job where id = ?")) {
            query.setString(1, jobId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    /** The outbox's event processors as Hibernate Search registers them: agent id to assigned shard. */
    private static Map<String, Integer> awaitAgents(int count, Duration timeout) throws SQLException {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Integer> shards = new HashMap<>();
        while (Instant.now().isBefore(deadline)) {
            shards.clear();
            try (Connection db = site.postgres().connect(site.databaseName()); Statement sql = db.createStatement();
                    ResultSet rows = sql.executeQuery("select id, assignedShardIndex, totalShardCount from HSEARCH_AGENT"
                            + " where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING' and state = 'RUNNING'")) {
                while (rows.next()) {
                    if (rows.getInt("totalShardCount") == count) {
                        shards.put(rows.getString("id"), rows.getInt("assignedShardIndex"));
                    }
                }
            }
            if (shards.size() == count) {
                return shards;
            }
            LibraryNode.sleep(Duration.ofSeconds(1));
        }
        return shards;
    }
}
