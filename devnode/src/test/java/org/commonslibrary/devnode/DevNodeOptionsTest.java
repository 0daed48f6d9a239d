package org.commonslibrary.devnode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DevNodeOptionsTest {

    @Test
    void defaultsMatchTheNodeDefaults() {
        DevNodeOptions options = DevNodeOptions.defaults();

        assertThat(options.toArguments(OptionalLong.empty())).isEqualTo(DevNodeArguments.defaults());
        assertThat(options.heap()).isEqualTo(new DevNodeOptions.Heap("512m", "1g"));
        assertThat(options.startupTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(options.httpUrl()).isEqualTo("http://127.0.0.1:9200");
    }

    @Test
    void readsSystemProperties() {
        Properties properties = new Properties();
        properties.setProperty("library.devnode.dist", "/opt/devnode");
        properties.setProperty("library.devnode.home", "/var/tmp/devnode-home");
        properties.setProperty("library.devnode.http.port", "19250");
        properties.setProperty("library.devnode.transport.port", " 19350 ");

        DevNodeOptions options = DevNodeOptions.fromProperties(properties);

        assertThat(options.distDir()).isEqualTo(Path.of("/opt/devnode"));
        assertThat(options.home()).isEqualTo(Path.of("/var/tmp/devnode-home"));
        assertThat(options.httpPort()).isEqualTo(19250);
        assertThat(options.transportPort()).isEqualTo(19350);
        assertThat(options.httpUrl()).isEqualTo("http://127.0.0.1:19250");
    }

    @Test
    void missingOrBlankSystemPropertiesFallBackToTestDefaultsUnderTarget() {
        Properties properties = new Properties();
        properties.setProperty("library.devnode.http.port", "");

        DevNodeOptions options = DevNodeOptions.fromProperties(properties);

        assertThat(options.distDir()).isEqualTo(Path.of("target/dist").toAbsolutePath());
        assertThat(options.home()).isEqualTo(Path.of("target/devnode-home").toAbsolutePath());
        assertThat(options.httpPort()).isEqualTo(9250);
        assertThat(options.transportPort()).isEqualTo(9350);
    }

    @Test
    void rejectsAPortPropertyThatIsNotANumber() {
        Properties properties = new Properties();
        properties.setProperty("library.devnode.http.port", "${devnode.it.http.port}");

        assertThatThrownBy(() -> DevNodeOptions.fromProperties(properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("library.devnode.http.port");
    }

    @Test
    void withersChangeOneComponentAndArgumentsCarryTheClusterSettings() {
        DevNodeOptions options = DevNodeOptions.defaults()
                .withNodeName("node-2")
                .withClusterName("faults")
                .withHome(Path.of("/tmp/n2"))
                .withHttpPort(19201)
                .withTransportPort(19301)
                .withSeedPorts(List.of(19300, 19301, 19302))
                .withInitialManagers(List.of("node-1", "node-2", "node-3"))
                .withHeap("256m", "512m")
                .withStartupTimeout(Duration.ofSeconds(30));

        DevNodeArguments arguments = options.toArguments(OptionalLong.of(99));

        assertThat(DevNodeArguments.parse(arguments.toCommandLine().toArray(String[]::new))).isEqualTo(arguments);
        assertThat(arguments.clusterMode()).isTrue();
        assertThat(arguments.seedPorts()).containsExactly(19300, 19301, 19302);
        assertThat(arguments.initialManagers()).containsExactly("node-1", "node-2", "node-3");
        assertThat(options.heap().maximum()).isEqualTo("512m");
        assertThat(options.logFile()).isEqualTo(Path.of("/tmp/n2/devnode.log"));
        assertThat(options.distDir()).isEqualTo(DevNodeOptions.DEFAULT_DIST_DIR);
    }

    @Test
    void rejectsInvalidValues() {
        DevNodeOptions options = DevNodeOptions.defaults();

        assertThatThrownBy(() -> options.withHttpPort(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.withHeap("512", "one gig")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.withStartupTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.withInitialManagers(List.of("a,b"))).isInstanceOf(IllegalArgumentException.class);
    }
}
