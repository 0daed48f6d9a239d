package org.commonslibrary.search.infrastructure;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jsonb.JsonbJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.cluster.HealthResponse;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

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
        HttpHost[] hosts = connection.hosts().stream().map(h -> toHost(connection.protocol(), h))
                .toArray(HttpHost[]::new);
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts)
                // JSON-B, which the application server provides, rather than a second JSON stack in the WAR.
                .setMapper(new JsonbJsonpMapper())
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout(CONNECT_TIMEOUT)
                        .setResponseTimeout(RESPONSE_TIMEOUT));
        if (connection.hasCredentials()) {
            builder.setHttpClientConfigCallback(http -> {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                for (HttpHost host : hosts) {
                    credentials.setCredentials(new AuthScope(host),
                            new UsernamePasswordCredentials(connection.username(),
                                    connection.password() == null ? new char[0] : connection.password().toCharArray()));
                }
                return http.setDefaultCredentialsProvider(credentials);
            });
        }
        this.transport = builder.build();
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

    private static HttpHost toHost(String protocol, String hostAndPort) {
        try {
            return HttpHost.create(protocol + "://" + hostAndPort);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid OpenSearch host: " + hostAndPort, e);
        }
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
