package org.commonslibrary.devnode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.commonslibrary.devnode.junit.FreePorts;

class DevNodeClusterIT {

    private static final int SIZE = 3;

    private final List<DevNodeProcess> nodes = new ArrayList<>();

    /** All at once: stopped one by one, the last nodes lose their quorum and fill the logs with errors. */
    @AfterEach
    void stopNodes() throws InterruptedException {
        List<Thread> stoppers = nodes.stream().map(node -> new Thread(node::stop, "stop-" + node.options().nodeName())).toList();
        stoppers.forEach(Thread::start);
        for (Thread stopper : stoppers) {
            stopper.join();
        }
    }

    @Test
    void threeNodesFormOneClusterAndNoticeALostNode() {
        List<Integer> ports = FreePorts.allocate(2 * SIZE);
        List<Integer> httpPorts = ports.subList(0, SIZE);
        List<Integer> transportPorts = ports.subList(SIZE, 2 * SIZE);
        List<String> names = IntStream.rangeClosed(1, SIZE).mapToObj(i -> "node-" + i).toList();
        long startNanos = System.nanoTime();

        // All launched before any is awaited: none is ready before a majority of cluster-manager candidates is up.
        for (int i = 0; i < SIZE; i++) {
            DevNodeOptions options = ItNodes.freshHome("cluster/" + names.get(i), DevNodeOptions.defaults()
                    .withDistDir(ItNodes.DIST)
                    .withClusterName("it-cluster")
                    .withNodeName(names.get(i))
                    .withHttpPort(httpPorts.get(i))
                    .withTransportPort(transportPorts.get(i))
                    .withSeedPorts(transportPorts)
                    .withInitialManagers(names)
                    .withHeap("512m", "512m"));
            nodes.add(DevNodeProcess.launch(options));
        }
        nodes.forEach(DevNodeProcess::awaitReady);
        System.out.printf("3-node cluster ready %d ms after the first fork%n", (System.nanoTime() - startNanos) / 1_000_000);

        for (DevNodeProcess node : nodes) {
            Http.Response health = Http.get(node.httpUrl() + "/_cluster/health?wait_for_nodes=3&timeout=30s");
            assertThat(health.status()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("\"cluster_name\":\"it-cluster\"").contains("\"number_of_nodes\":3,");
        }
        assertThat(Http.get(nodes.get(0).httpUrl() + "/_cat/nodes?h=name").body().lines().map(String::trim))
                .containsExactlyInAnyOrderElementsOf(names);

        nodes.get(2).kill();

        Http.Response health = Http.get(nodes.get(0).httpUrl() + "/_cluster/health?wait_for_nodes=2&timeout=30s");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"number_of_nodes\":2,");
    }
}
