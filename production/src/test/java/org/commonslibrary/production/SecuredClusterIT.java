package org.commonslibrary.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.commonslibrary.devnode.DevNodeProcess;
import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.commonslibrary.web.it.ApiClient;
import org.commonslibrary.web.it.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An external cluster reached over https with credentials, as a managed or secured OpenSearch is: the
 * library's every client (Hibernate Search's, and the OpenSearch Java client of health and rebuilds) speaks
 * TLS to a certificate the JVM is told to trust, and sends the credentials; nothing reaches the cluster
 * without them.
 */
@ExtendWith({DevNodeExtension.class, PostgresExtension.class})
class SecuredClusterIT {

    @Test
    void theLibraryWorksThroughHttpsAndCredentials(PostgresServer postgres, DevNodeProcess opensearch) throws Exception {
        try (LibrarySite site = LibrarySite.create("secured_cluster", postgres, opensearch);
                TlsGateway gateway = TlsGateway.start(site.dir().resolve("tls"), URI.create(opensearch.httpUrl() + "/"))) {
            site.with("LIBRARY_OPENSEARCH_HOSTS", gateway.hostAndPort())
                    .with("LIBRARY_OPENSEARCH_PROTOCOL", "https")
                    .with("LIBRARY_OPENSEARCH_USER", TlsGateway.USER)
                    .with("LIBRARY_OPENSEARCH_PASSWORD", TlsGateway.PASSWORD)
                    .with("LIBRARY_JAVA_OPTS", "-Xms128m -Xmx768m " + gateway.trustOptions());
            LibraryNode node = site.startNode("secured-node", 4);
            ApiClient api = node.api();

            HttpResponse<String> health = api.get("api/health");
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(ApiClient.json(health).getJsonObject("opensearch").getString("status")).isEqualTo("up");

            String marker = "sc" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            JsonObject job = api.uploadAndWait(marker + ".pdf", TestDocuments.pdf("Through the gateway " + marker,
                    List.of("Co-management of a public library by its neighbours, document " + marker + ".")));
            assertThat(job.getString("state")).as(job.toString()).isEqualTo("done");
            assertThat(ApiClient.json(api.get("api/search?type=document&q=" + marker)).getInt("total")).isEqualTo(1);

            assertThat(gateway.forwarded()).as("requests that reached the cluster with credentials").isPositive();
            assertThat(gateway.statusWithoutCredentials()).as("the cluster refuses whoever has no credentials").isEqualTo(401);
            // The password is in no process's command line.
            long serverPid = node.serverPid();
            String commandLine = ProcessHandle.of(serverPid).flatMap(p -> p.info().commandLine()).orElse("");
            assertThat(commandLine).isNotEmpty().doesNotContain(TlsGateway.PASSWORD).doesNotContain(PostgresServer.PASSWORD);
            System.out.printf("Secured cluster: %d requests forwarded, %d challenged for credentials%n",
                    gateway.forwarded(), gateway.refused());
        }
    }
}
