package org.commonslibrary.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

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
 * PostgreSQL stopped under a running node: calls that need it get a clear 503 with Retry-After (never a 500
 * or a hang), an upload leaves nothing behind, and once the database is back the same server process serves
 * again without a restart.
 */
@ExtendWith({DevNodeExtension.class, PostgresExtension.class})
class DatabaseOutageIT {

    private static LibrarySite site;
    private static LibraryNode node;

    @BeforeAll
    static void startNode(PostgresServer postgres, DevNodeProcess opensearch) {
        site = LibrarySite.create("database_outage", postgres, opensearch);
        node = site.startNode("outage-node", 2);
    }

    @AfterAll
    static void stopNode() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void clearServiceUnavailableWhileDownThenRecoveryWithoutRestart(PostgresServer postgres) throws IOException {
        String marker = "dbo" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        ApiClient api = node.api();
        JsonObject before = api.uploadAndWait(marker + "a.pdf", TestDocuments.pdf("Before the outage " + marker,
                List.of("Community energy cooperatives, document " + marker + "a.")));
        assertThat(before.getString("state")).isEqualTo("done");
        long documentId = before.getJsonNumber("documentId").longValue();
        long serverPid = node.serverPid();
        long storedBefore = storedFiles();

        postgres.stop();
        try {
            HttpResponse<String> document = api.get("api/documents/" + documentId);
            assertServiceUnavailable(document);
            assertThat(ApiClient.json(document).getString("detail")).containsIgnoringCase("database");

            HttpResponse<String> health = api.get("api/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(ApiClient.json(health).getJsonObject("database").getString("status")).isEqualTo("down");

            HttpResponse<String> upload = api.upload(marker + "b.pdf", TestDocuments.pdf("During the outage " + marker,
                    List.of("Refused while the database is away, document " + marker + "b.")), ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
            assertServiceUnavailable(upload);
            assertThat(storedFiles()).as("no original kept for a refused upload").isEqualTo(storedBefore);

            HttpResponse<String> jobs = api.get("api/jobs?limit=5", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
            assertServiceUnavailable(jobs);
        } finally {
            postgres.start();
        }

        // The pool validates connections before use, so the first calls after the restart already succeed.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (api.get("api/health").statusCode() != 200 && Instant.now().isBefore(deadline)) {
            LibraryNode.sleep(Duration.ofSeconds(1));
        }
        assertThat(api.get("api/health").statusCode()).isEqualTo(200);
        assertThat(api.get("api/documents/" + documentId).statusCode()).isEqualTo(200);
        JsonObject after = api.uploadAndWait(marker + "c.pdf", TestDocuments.pdf("After the outage " + marker,
                List.of("Back in service, document " + marker + "c.")));
        assertThat(after.getString("state")).isEqualTo("done");
        assertThat(ApiClient.json(api.get("api/search?type=document&q=" + marker + "*")).getInt("total")).isEqualTo(2);
        assertThat(node.serverPid()).as("the same server process, never restarted").isEqualTo(serverPid);
    }

    private static void assertServiceUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static long storedFiles() throws IOException {
        Path storage = site.storageDir();
        if (!Files.isDirectory(storage)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(storage)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
