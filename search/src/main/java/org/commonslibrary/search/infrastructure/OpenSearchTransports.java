package org.commonslibrary.search.infrastructure;

import java.net.URISyntaxException;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jsonb.JsonbJsonpMapper;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/** Opens transports of the OpenSearch Java client to the cluster a {@link OpenSearchConnection} names. */
final class OpenSearchTransports {

    private OpenSearchTransports() {
    }

    static ApacheHttpClient5Transport open(OpenSearchConnection connection, Timeout connectTimeout,
            Timeout responseTimeout) {
        HttpHost[] hosts = connection.hosts().stream().map(h -> toHost(connection.protocol(), h))
                .toArray(HttpHost[]::new);
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts)
                // JSON-B, which the application server provides, rather than a second JSON stack in the WAR.
                .setMapper(new JsonbJsonpMapper())
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout(connectTimeout)
                        .setResponseTimeout(responseTimeout));
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
        return builder.build();
    }

    private static HttpHost toHost(String protocol, String hostAndPort) {
        try {
            return HttpHost.create(protocol + "://" + hostAndPort);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid OpenSearch host: " + hostAndPort, e);
        }
    }
}
