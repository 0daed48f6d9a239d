package org.commonslibrary.devnode;

import java.nio.file.Path;

import org.opensearch.cluster.ClusterName;
import org.opensearch.cluster.coordination.ClusterBootstrapService;
import org.opensearch.cluster.routing.allocation.DiskThresholdSettings;
import org.opensearch.common.network.NetworkService;
import org.opensearch.common.settings.Settings;
import org.opensearch.discovery.DiscoveryModule;
import org.opensearch.discovery.SettingsBasedSeedHostsProvider;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpTransportSettings;
import org.opensearch.node.Node;
import org.opensearch.transport.TransportSettings;

/** Turns {@link DevNodeArguments} into node settings for a development node that only listens on loopback. */
final class DevNodeSettings {

    private DevNodeSettings() {
    }

    static Settings from(DevNodeArguments arguments) {
        Path home = arguments.home().toAbsolutePath().normalize();
        Settings.Builder settings = Settings.builder()
                .put(ClusterName.CLUSTER_NAME_SETTING.getKey(), arguments.clusterName())
                .put(Node.NODE_NAME_SETTING.getKey(), arguments.nodeName())
                .put(Environment.PATH_HOME_SETTING.getKey(), home.toString())
                .put(Environment.PATH_DATA_SETTING.getKey(), dataDir(home).toString())
                .put(Environment.PATH_LOGS_SETTING.getKey(), logsDir(home).toString())
                .put(NetworkService.GLOBAL_NETWORK_HOST_SETTING.getKey(), DevNodeProcess.LOOPBACK)
                .put(HttpTransportSettings.SETTING_HTTP_PORT.getKey(), arguments.httpPort())
                .put(TransportSettings.PORT.getKey(), Integer.toString(arguments.transportPort()))
                // A developer's disk is often fuller than the 85/90/95 % watermarks; on a dev node that must not
                // turn indices read-only or leave replicas unassigned.
                .put(DiskThresholdSettings.CLUSTER_ROUTING_ALLOCATION_DISK_THRESHOLD_ENABLED_SETTING.getKey(), false);

        if (!arguments.clusterMode()) {
            return settings.put(DiscoveryModule.DISCOVERY_TYPE_SETTING.getKey(), DiscoveryModule.SINGLE_NODE_DISCOVERY_TYPE)
                    .build();
        }
        if (!arguments.seedPorts().isEmpty()) {
            settings.putList(SettingsBasedSeedHostsProvider.DISCOVERY_SEED_HOSTS_SETTING.getKey(),
                    arguments.seedPorts().stream().map(port -> DevNodeProcess.LOOPBACK + ":" + port).toList());
        }
        if (!arguments.initialManagers().isEmpty()) {
            settings.putList(ClusterBootstrapService.INITIAL_CLUSTER_MANAGER_NODES_SETTING.getKey(),
                    arguments.initialManagers());
        }
        return settings.build();
    }

    static Path configDir(Path home) {
        return home.resolve("config");
    }

    static Path dataDir(Path home) {
        return home.resolve("data");
    }

    static Path logsDir(Path home) {
        return home.resolve("logs");
    }
}
