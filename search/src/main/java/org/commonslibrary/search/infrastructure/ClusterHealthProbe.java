package org.commonslibrary.search.infrastructure;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.cluster.HealthResponse;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;

/**
 * Reads the OpenSearch cluster's health with the OpenSearch Java client. Timeouts are short on purpose:
 * a health check that hangs is worse than one that says the cluster is unreachable.
 */
public class ClusterHealthProbe implements AutoCloseable {

    private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(2);
    private static final Timeout RESPONSE_TIMEOUT = Timeout.ofSeconds(5);

    private final ApacheHttpClient5Transport transport;
    private final OpenSearchClient client;

    public ClusterHealthProbe(OpenSearchConnection connection) {
        this.transport = OpenSearchTransports.open(connection, CONNECT_TIMEOUT, RESPONSE_TIMEOUT);
        this.client = new OpenSearchClient(transport);
    }

    /** The cluster's status, or an explanation of why it could not be read. */
    public ClusterHealth check() {
        long start = System.nanoTime();
        try {
            HealthResponse health = client.cluster().health();
            return new ClusterHealth(true, health.status().jsonValue(), health.clusterName(),
                    health.numberOfNodes(), null, elapsedMillis(start));
        } catch (IOException | RuntimeException e) {
            return new ClusterHealth(false, "unreachable", null, 0, describe(e), elapsedMillis(start));
        }
    }

    private static long elapsedMillis(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
