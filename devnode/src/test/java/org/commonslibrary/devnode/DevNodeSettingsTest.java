package org.commonslibrary.devnode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.opensearch.common.settings.Settings;

class DevNodeSettingsTest {

    @Test
    void singleNodeListensOnLoopbackOnly() {
        Settings settings = DevNodeSettings.from(DevNodeArguments.parse(
                "--home", "/srv/os", "--http-port", "19200", "--transport-port", "19300", "--node-name", "n1"));

        assertThat(settings.get("network.host")).isEqualTo("127.0.0.1");
        assertThat(settings.get("http.port")).isEqualTo("19200");
        assertThat(settings.get("transport.port")).isEqualTo("19300");
        assertThat(settings.get("discovery.type")).isEqualTo("single-node");
        assertThat(settings.get("cluster.name")).isEqualTo("library-dev");
        assertThat(settings.get("node.name")).isEqualTo("n1");
        assertThat(settings.get("path.home")).isEqualTo(Path.of("/srv/os").toString());
        assertThat(settings.getAsList("path.data")).containsExactly(Path.of("/srv/os/data").toString());
        assertThat(settings.get("path.logs")).isEqualTo(Path.of("/srv/os/logs").toString());
        assertThat(settings.getAsBoolean("cluster.routing.allocation.disk.threshold_enabled", true)).isFalse();
        assertThat(settings.hasValue("discovery.seed_hosts")).isFalse();
        assertThat(settings.hasValue("cluster.initial_cluster_manager_nodes")).isFalse();
    }

    @Test
    void clusterModeSeedsFromLoopbackTransportPorts() {
        Settings settings = DevNodeSettings.from(DevNodeArguments.parse(
                "--seed-ports", "9300,9301,9302", "--initial-managers", "node-1,node-2,node-3"));

        assertThat(settings.hasValue("discovery.type")).isFalse();
        assertThat(settings.getAsList("discovery.seed_hosts"))
                .containsExactly("127.0.0.1:9300", "127.0.0.1:9301", "127.0.0.1:9302");
        assertThat(settings.getAsList("cluster.initial_cluster_manager_nodes"))
                .containsExactly("node-1", "node-2", "node-3");
    }

    @Test
    void relativeHomeBecomesAbsolute() {
        Settings settings = DevNodeSettings.from(DevNodeArguments.parse("--home", "data/os"));

        assertThat(Path.of(settings.get("path.home"))).isEqualTo(Path.of("data/os").toAbsolutePath());
    }
}
