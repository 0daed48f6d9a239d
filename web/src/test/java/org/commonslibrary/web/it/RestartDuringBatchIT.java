package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A batch of uploads interrupted by a server restart: after it, every job ends, and every document is in
 * the library (and found by search) exactly once.
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@RunAsClient
class RestartDuringBatchIT {

    private static final int BATCH = 8;

    @ArquillianResource
    URL base;

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    @Test
    void everyDocumentEndsUpExactlyOnce() throws Exception {
        ApiClient api = new ApiClient(base);
        String batch = "rb" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        List<String> jobIds = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            String marker = batch + "n" + i;
            markers.add(marker);
            byte[] pdf = TestDocuments.pdf("Restart batch " + marker, List.of(
                    "The first page of document " + marker + " about shared public services.",
                    "The second page of the same document, which names " + marker + " again."));
            HttpResponse<String> accepted = api.upload(marker + ".pdf", pdf, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            jobIds.add(ApiClient.json(accepted).getString("id"));
        }

        // A reload stops the deployment with jobs queued or running, then starts it again.
        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        reload.get("address").setEmptyList();
        management.getControllerClient().execute(reload);
        awaitHealthy(api, Duration.ofSeconds(180));

        for (String id : jobIds) {
            JsonObject job = api.awaitJob(id);
            assertThat(job.getString("state")).as(job.toString()).isEqualTo("done");
        }
        for (String marker : markers) {
            JsonObject result = ApiClient.json(api.get("api/search?type=document&q=" + marker));
            assertThat(result.getInt("total")).as(marker).isEqualTo(1);
        }
        JsonObject all = ApiClient.json(api.get("api/search?type=document&q=" + batch + "*"));
        assertThat(all.getInt("total")).isEqualTo(BATCH);
    }

    private static void awaitHealthy(ApiClient api, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        // the reload first has to take the server down; give it a moment before polling
        Thread.sleep(2000);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (api.get("api/health").statusCode() == 200) {
                    return;
                }
            } catch (AssertionError connectionRefusedWhileReloading) {
                // the server is not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The server did not come back within " + timeout);
    }
}
