package org.commonslibrary.devnode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.commonslibrary.devnode.junit.FreePorts;

class DevNodeProcessIT {

    /** What a JVM ends with on SIGTERM (128 + 15) and on SIGKILL (128 + 9). */
    private static final int TERMINATED = 143;
    private static final int KILLED = 137;

    private final List<DevNodeProcess> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(DevNodeProcess::stop);
    }

    @Test
    void indexesAndSearchesOverHttpThenStopsCleanly() throws IOException {
        DevNodeOptions options = ItNodes.fresh("index-search");
        DevNodeProcess node = started(DevNodeProcess.start(options));
        System.out.printf("dev node ready %d ms after fork%n", node.startupTime().orElseThrow().toMillis());

        assertThat(node.isRunning()).isTrue();
        assertThat(node.httpUrl()).isEqualTo("http://127.0.0.1:" + options.httpPort());
        createPracticesIndex(node);
        indexPractice(node, "1", "Participatory budgeting in neighbourhood commons");
        indexPractice(node, "2", "Municipal energy cooperatives");

        Http.Response found = Http.post(node.httpUrl() + "/practices/_search",
                "{\"query\":{\"match\":{\"title\":\"common\"}}}");

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        // "commons" matches "common" only if the english analyzer from analysis-common is loaded
        assertThat(found.body()).contains("\"total\":{\"value\":1,").contains("Participatory budgeting")
                .doesNotContain("cooperatives");

        long pid = node.pid();
        node.stop();

        assertThat(node.isRunning()).isFalse();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(node.exitCode()).isEqualTo(OptionalInt.of(TERMINATED));
        assertThat(FreePorts.isListening(options.httpPort())).isFalse();
        assertThat(FreePorts.isListening(options.transportPort())).isFalse();
        assertThat(Files.readString(node.logFile()))
                .contains("OPENSEARCH READY http://127.0.0.1:" + options.httpPort())
                .contains("[o.o.n.Node] closed");
    }

    @Test
    void keepsAcknowledgedDocumentsWhenKilledAndRestarted() {
        DevNodeOptions options = ItNodes.fresh("kill-restart");
        DevNodeProcess node = started(DevNodeProcess.start(options));
        createPracticesIndex(node);
        indexPractice(node, "1", "Community land trusts");

        node.kill();

        assertThat(node.isRunning()).isFalse();
        assertThat(node.exitCode()).isEqualTo(OptionalInt.of(KILLED));
        assertThat(FreePorts.isListening(options.httpPort())).isFalse();

        node.restart();

        assertThat(node.isRunning()).isTrue();
        Http.Response document = Http.get(node.httpUrl() + "/practices/_doc/1");
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        assertThat(document.body()).contains("Community land trusts");
    }

    @Test
    void refusesAPortInUseWithoutForking() throws IOException {
        DevNodeOptions options = ItNodes.fresh("port-taken");
        try (ServerSocket squatter = new ServerSocket(options.httpPort(), 1, InetAddress.getByName("127.0.0.1"))) {

            assertThatThrownBy(() -> started(DevNodeProcess.start(options)))
                    .isInstanceOf(DevNodeStartupException.class)
                    .hasMessageContaining("HTTP port " + options.httpPort() + " on 127.0.0.1 is in use");
        }
        assertThat(options.logFile()).doesNotExist();
    }

    @Test
    void failsFastWithTheLogWhenTheNodeDies() {
        DevNodeOptions first = ItNodes.fresh("home-in-use");
        started(DevNodeProcess.start(first));
        List<Integer> otherPorts = FreePorts.allocate(2);
        DevNodeOptions sameHome = first.withHttpPort(otherPorts.get(0)).withTransportPort(otherPorts.get(1));
        long startNanos = System.nanoTime();

        assertThatThrownBy(() -> started(DevNodeProcess.start(sameHome)))
                .isInstanceOf(DevNodeStartupException.class)
                .hasMessageContaining("exited with code 1 before it was ready")
                .hasMessageContaining("failed to obtain node locks");
        assertThat(Duration.ofNanos(System.nanoTime() - startNanos)).isLessThan(sameHome.startupTimeout().dividedBy(2));
    }

    private DevNodeProcess started(DevNodeProcess node) {
        nodes.add(node);
        return node;
    }

    private static void createPracticesIndex(DevNodeProcess node) {
        Http.Response created = Http.put(node.httpUrl() + "/practices", """
                {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
                 "mappings": {"properties": {"title": {"type": "text", "analyzer": "english"}}}}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
    }

    private static void indexPractice(DevNodeProcess node, String id, String title) {
        Http.Response indexed = Http.put(node.httpUrl() + "/practices/_doc/" + id + "?refresh=true",
                "{\"title\":\"" + title + "\"}");
        assertThat(indexed.status()).as(indexed.body()).isEqualTo(201);
    }
}
