package org.commonslibrary.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.commonslibrary.devnode.DevNodeProcess;
import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.commonslibrary.web.it.ApiClient;
import org.commonslibrary.web.it.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The backup drill of docs/operations.md: `./library backup` of a running library on PostgreSQL, then the
 * loss of everything (a new empty database, an empty storage folder, an emptied cluster), `./library restore`,
 * and a start: the library serves the same documents, corrections and originals, its index rebuilt from the
 * database without anyone asking, and goes on taking uploads.
 */
@ExtendWith({DevNodeExtension.class, PostgresExtension.class})
class BackupAndRestoreIT {

    private static final Duration COMMAND = Duration.ofMinutes(5);

    @Test
    void aRestoredBackupServesTheSameLibraryWithItsIndexRebuilt(PostgresServer postgres, DevNodeProcess opensearch)
            throws IOException, InterruptedException {
        String batch = "br" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Map<String, byte[]> originals = new LinkedHashMap<>();
        Map<String, Long> ids = new HashMap<>();
        String correctedTitle = "Corrected before the backup " + batch + "corrected";
        java.nio.file.Path backup;

        try (LibrarySite source = LibrarySite.create("backup_source", postgres, opensearch)) {
            LibraryNode node = source.startNode("backup-node", 4);
            for (int i = 0; i < 3; i++) {
                String marker = batch + "n" + i;
                byte[] pdf = TestDocuments.pdf("Backed up " + marker, List.of(
                        "A public-community partnership for waste collection, document " + marker + "."));
                JsonObject job = node.api().uploadAndWait(marker + ".pdf", pdf);
                assertThat(job.getString("state")).as(job.toString()).isEqualTo("done");
                originals.put(marker, pdf);
                ids.put(marker, job.getJsonNumber("documentId").longValue());
            }
            HttpResponse<String> corrected = node.api().patchJson("api/documents/" + ids.get(batch + "n0"),
                    "{\"title\":\"" + correctedTitle + "\"}", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
            assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);

            // Online: the library keeps running while its database is dumped.
            backup = source.dir().resolve("backup");
            CommandRun made = CommandRun.launcher(commandEnvironment(source, postgres), COMMAND, "backup", backup.toString());
            assertThat(made.exitCode()).as(made.output()).isZero();
            node.stop();
        }

        // Everything lost: a new empty database, an empty storage folder, and the cluster emptied.
        try (LibrarySite target = LibrarySite.create("backup_target", postgres, opensearch)) {
            Map<String, String> environment = commandEnvironment(target, postgres);
            CommandRun restored = CommandRun.launcher(environment, COMMAND, "restore", backup.toString());
            assertThat(restored.exitCode()).as(restored.output()).isZero();
            CommandRun again = CommandRun.launcher(environment, COMMAND, "restore", backup.toString());
            assertThat(again.exitCode()).as("a restore over a library is refused").isNotZero();
            assertThat(again.output()).contains("not empty");

            LibraryNode node = target.startNode("restored-node", 4);
            ApiClient api = node.api();
            awaitSearchable(api, batch + "*", originals.size(), Duration.ofSeconds(180));
            for (String marker : originals.keySet()) {
                long id = ids.get(marker);
                JsonObject document = ApiClient.json(api.get("api/documents/" + id));
                if (marker.equals(batch + "n0")) {
                    assertThat(document.getString("title")).isEqualTo(correctedTitle);
                }
                assertThat(original(node, id)).as("original of " + marker).isEqualTo(originals.get(marker));
            }
            assertThat(ApiClient.json(api.get("api/search?type=document&q=" + batch + "corrected")).getInt("total")).isEqualTo(1);

            // The restored sequences go on from where the backup left them: a new upload takes a new id.
            JsonObject after = api.uploadAndWait(batch + "after.pdf", TestDocuments.pdf("After the restore " + batch,
                    List.of("Taken after the restore, document " + batch + "after.")));
            assertThat(after.getString("state")).as(after.toString()).isEqualTo("done");
            assertThat(after.getJsonNumber("documentId").longValue()).isNotIn(ids.values());
            awaitSearchable(api, batch + "*", originals.size() + 1, Duration.ofSeconds(30));
        }
    }

    /** The launcher's settings for one site, with the test server's own PostgreSQL programs. */
    private static Map<String, String> commandEnvironment(LibrarySite site, PostgresServer postgres) {
        Map<String, String> environment = new HashMap<>(site.environment());
        environment.put("LIBRARY_PG_BIN", postgres.binaries().toString());
        environment.put("LIBRARY_DATA_DIR", site.dir().resolve("commands").toString());
        return environment;
    }

    private static void awaitSearchable(ApiClient api, String query, int expected, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int total = -1;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = api.get("api/search?type=document&q=" + query);
            if (response.statusCode() == 200) {
                total = ApiClient.json(response).getInt("total");
                if (total == expected) {
                    return;
                }
            }
            LibraryNode.sleep(Duration.ofSeconds(1));
        }
        throw new AssertionError("Search found " + total + " of " + expected + " documents for " + query + " after " + timeout);
    }

    private static byte[] original(LibraryNode node, long id) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                java.net.URI.create(node.url() + "api/documents/" + id + "/original")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
