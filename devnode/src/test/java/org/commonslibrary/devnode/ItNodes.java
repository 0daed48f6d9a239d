package org.commonslibrary.devnode;

import java.nio.file.Path;
import java.util.List;

import org.commonslibrary.devnode.junit.FreePorts;

/** Options for nodes the integration tests fork themselves, each on fresh free ports and a fresh home. */
final class ItNodes {

    /** Set by failsafe to this module's target/dist; the fallback serves runs from an IDE in the module folder. */
    static final Path DIST = Path.of(System.getProperty(DevNodeOptions.DIST_PROPERTY, "target/dist"));

    private ItNodes() {
    }

    static DevNodeOptions fresh(String testName) {
        List<Integer> ports = FreePorts.allocate(2);
        return freshHome(testName, DevNodeOptions.defaults()
                .withDistDir(DIST)
                .withHttpPort(ports.get(0))
                .withTransportPort(ports.get(1))
                .withClusterName("it-" + testName));
    }

    static DevNodeOptions freshHome(String relativeHome, DevNodeOptions options) {
        Path home = Path.of("target", "it-nodes", relativeHome).toAbsolutePath();
        DevNodeHome.wipe(home);
        return options.withHome(home);
    }
}
