package org.commonslibrary.devnode.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.commonslibrary.devnode.DevNodeOptions;
import org.commonslibrary.devnode.DevNodeProcess;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DevNodeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevNodeExtensionIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();

    @Test
    @Order(1)
    void startsTheNodeTheSystemPropertiesDescribe(DevNodeProcess node) throws Exception {
        DevNodeOptions configured = DevNodeOptions.fromSystemProperties();

        assertThat(node.isRunning()).isTrue();
        assertThat(node.httpUrl()).isEqualTo(configured.httpUrl());
        assertThat(node.options().home()).isEqualTo(configured.home());
        assertThat(healthStatus(configured.httpUrl())).isEqualTo(200);
    }

    @Test
    @Order(2)
    void handsEveryParameterTheSameNode(DevNodeProcess first, DevNodeProcess second) {
        assertThat(first).isSameAs(second);
    }

    @Test
    @Order(3)
    void letsATestTakeTheNodeDownAndBringItBack(DevNodeProcess node) throws Exception {
        node.stop();

        assertThat(node.isRunning()).isFalse();
        assertThat(healthStatus(node.httpUrl())).isEqualTo(-1);

        node.restart();

        assertThat(node.isRunning()).isTrue();
        assertThat(healthStatus(node.httpUrl())).isEqualTo(200);
    }

    /** The HTTP status of cluster health, or -1 when nothing listens. */
    private static int healthStatus(String httpUrl) throws IOException, InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(httpUrl + "/_cluster/health")).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (ConnectException refused) {
            return -1;
        }
    }
}
