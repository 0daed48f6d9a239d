package org.commonslibrary.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * The server's JVM killed with SIGKILL in the middle of a batch of uploads, then started again: every job
 * ends, and every document is in the database and in search exactly once.
 */
@ExtendWith({DevNodeExtension.class, PostgresExtension.class})
class ServerKilledDuringBatchIT {

    private static final int BATCH = 12;

    private static LibrarySite site;
    private static LibraryNode node;

    @BeforeAll
    static void startNode(PostgresServer postgres, DevNodeProcess opensearch) {
        site = LibrarySite.create("killed_server", postgres, opensearch);
        node = site.startNode("killed-node", 3);
    }

    @AfterAll
    static void stopNode() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void everyJobEndsAndEveryDocumentIsThereOnce() throws SQLException {
        String batch = "ks" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        List<String> jobIds = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            String marker = batch + "n" + i;
            markers.add(marker);
            HttpResponse<String> accepted = node.api().upload(marker + ".pdf", TestDocuments.pdf("Killed batch " + marker,
                    List.of("Participatory budgeting in a district, document " + marker + ".",
                            "A second page that names " + marker + " again.",
                            "A third page on the right to the city and " + marker + ".")),
                    ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            jobIds.add(ApiClient.json(accepted).getString("id"));
        }
        awaitJobsFinished(jobIds, 3);
        node.kill();
        List<String> unfinishedAtKill = jobsIn(List.of("QUEUED", "RUNNING"), batch);
        List<String> storedAtKill = jobsIn(List.of("INDEXING", "DONE"), batch);
        node.start();

        for (String id : jobIds) {
            JsonObject job = node.api().awaitJob(id);
            assertThat(job.getString("state")).as(job.toString()).isEqualTo("done");
        }
        for (String marker : markers) {
            assertThat(ApiClient.json(node.api().get("api/search?type=document&q=" + marker)).getInt("total"))
                    .as(marker).isEqualTo(1);
        }
        assertThat(ApiClient.json(node.api().get("api/search?type=document&q=" + batch + "*")).getInt("total"))
                .isEqualTo(BATCH);
        assertThat(documentsOfBatch(batch)).isEqualTo(BATCH);
        // The kill must have hit the batch in the middle, or this test proves nothing.
        assertThat(unfinishedAtKill).as("jobs unfinished when the server was killed").isNotEmpty();
        assertThat(storedAtKill).as("jobs whose document was stored before the kill").isNotEmpty();
        System.out.printf("Killed with %d of %d jobs stored and %d unfinished; all %d done after the restart%n",
                storedAtKill.size(), BATCH, unfinishedAtKill.size(), BATCH);
    }

    /** Until this many jobs have stored their document (a third of the batch or so: the kill hits its middle). */
    private void awaitJobsFinished(List<String> jobIds, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            long stored = jobIds.stream()
                    .map(id -> ApiClient.json(node.api().get("api/jobs/" + id)).getString("state"))
                    .filter(state -> state.equals("indexing") || state.equals("done"))
                    .count();
            if (stored >= count) {
                return;
            }
            LibraryNode.sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("Fewer than " + count + " jobs of the batch stored their document in time");
    }

    private static List<String> jobsIn(List<String> states, String batch) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection db = site.postgres().connect(site.databaseName());
                PreparedStatement query = db.prepareStatement(
                        "select id from ingest_job where originalFilename like ? and state = any (?)")) {
            query.setString(1, batch + "%");
            query.setArray(2, db.createArrayOf("varchar", states.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static int documentsOfBatch(String batch) throws SQLException {
        try (Connection db = site.postgres().connect(site.databaseName());
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from library_document where originalFilename like ?")) {
            query.setString(1, batch + "%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
