package org.commonslibrary.search.infrastructure;

import java.util.Arrays;
import java.util.List;

/**
 * Where the OpenSearch cluster is and how to sign in to it.
 *
 * @param hosts    host:port pairs of the cluster's HTTP endpoints
 * @param protocol http or https
 * @param username null when the cluster needs no credentials
 * @param password the password for {@code username}
 */
public record OpenSearchConnection(List<String> hosts, String protocol, String username, String password) {

    public OpenSearchConnection {
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("at least one OpenSearch host is needed");
        }
        if (!"http".equals(protocol) && !"https".equals(protocol)) {
            throw new IllegalArgumentException("OpenSearch protocol must be http or https, not " + protocol);
        }
    }

    /** Parses a comma-separated host list such as {@code 10.0.0.1:9200,10.0.0.2:9200}. */
    public static List<String> parseHosts(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
    }

    public boolean hasCredentials() {
        return username != null && !username.isBlank();
    }
}
