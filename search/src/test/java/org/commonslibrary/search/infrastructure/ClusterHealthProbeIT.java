package org.commonslibrary.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import org.commonslibrary.devnode.DevNodeProcess;
import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenSearch Java client's view of a real node, and of a port where nothing answers. */
@ExtendWith(DevNodeExtension.class)
class ClusterHealthProbeIT {

    @Test
    void readsTheStatusOfARunningNode(DevNodeProcess node) throws IOException {
        String host = node.httpUrl().replace("http://", "");
        try (ClusterHealthProbe probe = new ClusterHealthProbe(new OpenSearchConnection(List.of(host), "http", null, null))) {
            ClusterHealth health = probe.check();
            assertThat(health.reachable()).isTrue();
            assertThat(health.isServing()).isTrue();
            assertThat(health.status()).isIn("green", "yellow");
            assertThat(health.nodes()).isEqualTo(1);
        }
    }

    @Test
    void reportsAnUnreachableClusterWithoutThrowing() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ClusterHealthProbe probe = new ClusterHealthProbe(
                new OpenSearchConnection(List.of("127.0.0.1:" + closedPort), "http", null, null))) {
            ClusterHealth health = probe.check();
            assertThat(health.reachable()).isFalse();
            assertThat(health.isServing()).isFalse();
            assertThat(health.problem()).isNotBlank();
        }
    }
}
