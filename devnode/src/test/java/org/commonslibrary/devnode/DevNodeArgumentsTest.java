package org.commonslibrary.devnode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class DevNodeArgumentsTest {

    @Test
    void noFlagsGiveTheDocumentedDefaults() {
        DevNodeArguments arguments = DevNodeArguments.parse();

        assertThat(arguments.httpPort()).isEqualTo(9200);
        assertThat(arguments.transportPort()).isEqualTo(9300);
        assertThat(arguments.home()).isEqualTo(Path.of("data/opensearch"));
        assertThat(arguments.clusterName()).isEqualTo("library-dev");
        assertThat(arguments.nodeName()).isEqualTo("node-1");
        assertThat(arguments.seedPorts()).isEmpty();
        assertThat(arguments.initialManagers()).isEmpty();
        assertThat(arguments.parentPid()).isEmpty();
        assertThat(arguments.clusterMode()).isFalse();
    }

    @Test
    void parsesEveryFlagInBothSpellings() {
        DevNodeArguments arguments = DevNodeArguments.parse(
                "--http-port", "9201", "--transport-port=9301", "--home", "/tmp/node-2",
                "--cluster-name", "faults", "--node-name=node-2",
                "--seed-ports", "9300, 9301,9302", "--initial-managers", "node-1,node-2,node-3",
                "--parent-pid", "4242");

        assertThat(arguments.httpPort()).isEqualTo(9201);
        assertThat(arguments.transportPort()).isEqualTo(9301);
        assertThat(arguments.home()).isEqualTo(Path.of("/tmp/node-2"));
        assertThat(arguments.clusterName()).isEqualTo("faults");
        assertThat(arguments.nodeName()).isEqualTo("node-2");
        assertThat(arguments.seedPorts()).containsExactly(9300, 9301, 9302);
        assertThat(arguments.initialManagers()).containsExactly("node-1", "node-2", "node-3");
        assertThat(arguments.parentPid()).isEqualTo(OptionalLong.of(4242));
        assertThat(arguments.clusterMode()).isTrue();
    }

    @Test
    void seedPortsAloneJoinAnExistingCluster() {
        DevNodeArguments arguments = DevNodeArguments.parse("--seed-ports", "9300");

        assertThat(arguments.clusterMode()).isTrue();
        assertThat(arguments.initialManagers()).isEmpty();
    }

    @Test
    void commandLineRoundTrips() {
        DevNodeArguments original = new DevNodeArguments(Path.of("/srv/os"), 19200, 19300, "c", "n2",
                List.of(19300, 19301), List.of("n1", "n2"), OptionalLong.of(7));

        assertThat(DevNodeArguments.parse(original.toCommandLine().toArray(String[]::new))).isEqualTo(original);
        assertThat(DevNodeArguments.parse(DevNodeArguments.defaults().toCommandLine().toArray(String[]::new)))
                .isEqualTo(DevNodeArguments.defaults());
    }

    @Test
    void rejectsUnknownFlags() {
        assertThatThrownBy(() -> DevNodeArguments.parse("--port", "9200"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown option --port");
    }

    @Test
    void rejectsAFlagWithoutValue() {
        assertThatThrownBy(() -> DevNodeArguments.parse("--home"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Missing value for --home");
    }

    @Test
    void rejectsPortsThatAreNotPorts() {
        assertThatThrownBy(() -> DevNodeArguments.parse("--http-port", "http"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--http-port expects a number");
        assertThatThrownBy(() -> DevNodeArguments.parse("--transport-port", "70000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--transport-port expects a port");
        assertThatThrownBy(() -> DevNodeArguments.parse("--seed-ports", "9300,x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--seed-ports expects a number");
    }

    @Test
    void rejectsBlankNames() {
        assertThatThrownBy(() -> DevNodeArguments.parse("--node-name", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--node-name");
    }
}
