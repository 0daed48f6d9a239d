package org.commonslibrary.devnode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * How {@link DevNodeProcess} forks a node. Immutable; derive variants with the {@code with*} methods.
 *
 * @param distDir         the unpacked dist: its {@code lib/} folder becomes the node's classpath
 * @param home            the node's home folder; also holds the node's console log
 * @param httpPort        the HTTP port on 127.0.0.1
 * @param transportPort   the transport port on 127.0.0.1
 * @param clusterName     the cluster name
 * @param nodeName        the node name
 * @param heap            the forked JVM's heap
 * @param seedPorts       transport ports of the cluster's nodes; empty for single-node discovery
 * @param initialManagers node names that bootstrap the cluster; empty for single-node discovery
 * @param startupTimeout  how long {@link DevNodeProcess#awaitReady()} waits for the cluster to turn yellow
 */
public record DevNodeOptions(
        Path distDir,
        Path home,
        int httpPort,
        int transportPort,
        String clusterName,
        String nodeName,
        Heap heap,
        List<Integer> seedPorts,
        List<String> initialManagers,
        Duration startupTimeout) {

    public static final String DIST_PROPERTY = "library.devnode.dist";
    public static final String HOME_PROPERTY = "library.devnode.home";
    public static final String HTTP_PORT_PROPERTY = "library.devnode.http.port";
    public static final String TRANSPORT_PORT_PROPERTY = "library.devnode.transport.port";

    public static final Path DEFAULT_DIST_DIR = Path.of("target", "dist");
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(120);

    /** Defaults of {@link #fromSystemProperties()}: apart from the developer's node on 9200, like the parent POM's it.opensearch.* ports. */
    public static final int DEFAULT_TEST_HTTP_PORT = 9250;
    public static final int DEFAULT_TEST_TRANSPORT_PORT = 9350;
    public static final Path DEFAULT_TEST_HOME = Path.of("target", "devnode-home");

    public DevNodeOptions {
        Objects.requireNonNull(distDir, "distDir");
        Objects.requireNonNull(heap, "heap");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("startupTimeout must be positive, got " + startupTimeout);
        }
        seedPorts = List.copyOf(seedPorts);
        initialManagers = List.copyOf(initialManagers);
        // Validates home, ports and names once, with the same rules the forked node applies.
        new DevNodeArguments(home, httpPort, transportPort, clusterName, nodeName, seedPorts, initialManagers,
                OptionalLong.empty());
    }

    /** The JVM heap of the forked node, in the JVM's own notation ({@code 512m}, {@code 1g}). */
    public record Heap(String initial, String maximum) {

        private static final Pattern SIZE = Pattern.compile("[1-9][0-9]*[kKmMgG]?");

        public static final Heap DEFAULT = new Heap("512m", "1g");

        public Heap {
            requireSize("initial", initial);
            requireSize("maximum", maximum);
        }

        private static void requireSize(String which, String size) {
            if (size == null || !SIZE.matcher(size).matches()) {
                throw new IllegalArgumentException("Heap " + which + " size must look like 512m or 1g, got '" + size + "'");
            }
        }
    }

    /** The defaults of {@link DevNodeMain}: ports 9200/9300, home {@code data/opensearch}, dist {@code target/dist}. */
    public static DevNodeOptions defaults() {
        DevNodeArguments main = DevNodeArguments.defaults();
        return new DevNodeOptions(DEFAULT_DIST_DIR, main.home(), main.httpPort(), main.transportPort(),
                main.clusterName(), main.nodeName(), Heap.DEFAULT, List.of(), List.of(), DEFAULT_STARTUP_TIMEOUT);
    }

    /**
     * Options for test JVMs, read from {@value #DIST_PROPERTY}, {@value #HOME_PROPERTY}, {@value #HTTP_PORT_PROPERTY}
     * and {@value #TRANSPORT_PORT_PROPERTY}. Unset or blank properties fall back to {@code target/dist},
     * {@code target/devnode-home}, 9250 and 9350; relative paths are resolved against the working directory.
     */
    public static DevNodeOptions fromSystemProperties() {
        return fromProperties(System.getProperties());
    }

    static DevNodeOptions fromProperties(Properties properties) {
        Path dist = pathProperty(properties, DIST_PROPERTY, DEFAULT_DIST_DIR);
        Path home = pathProperty(properties, HOME_PROPERTY, DEFAULT_TEST_HOME);
        return defaults()
                .withDistDir(dist.toAbsolutePath().normalize())
                .withHome(home.toAbsolutePath().normalize())
                .withHttpPort(intProperty(properties, HTTP_PORT_PROPERTY, DEFAULT_TEST_HTTP_PORT))
                .withTransportPort(intProperty(properties, TRANSPORT_PORT_PROPERTY, DEFAULT_TEST_TRANSPORT_PORT));
    }

    /** The node's base URL, without a trailing slash. */
    public String httpUrl() {
        return "http://" + DevNodeProcess.LOOPBACK + ":" + httpPort;
    }

    /** The node's console log, written by the forked JVM. */
    public Path logFile() {
        return home.resolve("devnode.log");
    }

    /** The flags {@link DevNodeMain} needs for these options. */
    public DevNodeArguments toArguments(OptionalLong parentPid) {
        return new DevNodeArguments(home, httpPort, transportPort, clusterName, nodeName, seedPorts, initialManagers,
                parentPid);
    }

    public DevNodeOptions withDistDir(Path value) {
        return new DevNodeOptions(value, home, httpPort, transportPort, clusterName, nodeName, heap, seedPorts,
                initialManagers, startupTimeout);
    }

    public DevNodeOptions withHome(Path value) {
        return new DevNodeOptions(distDir, value, httpPort, transportPort, clusterName, nodeName, heap, seedPorts,
                initialManagers, startupTimeout);
    }

    public DevNodeOptions withHttpPort(int value) {
        return new DevNodeOptions(distDir, home, value, transportPort, clusterName, nodeName, heap, seedPorts,
                initialManagers, startupTimeout);
    }

    public DevNodeOptions withTransportPort(int value) {
        return new DevNodeOptions(distDir, home, httpPort, value, clusterName, nodeName, heap, seedPorts,
                initialManagers, startupTimeout);
    }

    public DevNodeOptions withClusterName(String value) {
        return new DevNodeOptions(distDir, home, httpPort, transportPort, value, nodeName, heap, seedPorts,
                initialManagers, startupTimeout);
    }

    public DevNodeOptions withNodeName(String value) {
        return new DevNodeOptions(distDir, home, httpPort, transportPort, clusterName, value, heap, seedPorts,
                initialManagers, startupTimeout);
    }

    public DevNodeOptions withHeap(String initial, String maximum) {
        return new DevNodeOptions(distDir, home, httpPort, transportPort, clusterName, nodeName,
                new Heap(initial, maximum), seedPorts, initialManagers, startupTimeout);
    }

    public DevNodeOptions withSeedPorts(List<Integer> value) {
        return new DevNodeOptions(distDir, home, httpPort, transportPort, clusterName, nodeName, heap, value,
                initialManagers, startupTimeout);
    }

    public DevNodeOptions withInitialManagers(List<String> value) {
        return new DevNodeOptions(distDir, home, httpPort, transportPort, clusterName, nodeName, heap, seedPorts,
                value, startupTimeout);
    }

    public DevNodeOptions withStartupTimeout(Duration value) {
        return new DevNodeOptions(distDir, home, httpPort, transportPort, clusterName, nodeName, heap, seedPorts,
                initialManagers, value);
    }

    private static Path pathProperty(Properties properties, String name, Path fallback) {
        String value = properties.getProperty(name);
        return value == null || value.isBlank() ? fallback : Path.of(value.trim());
    }

    private static int intProperty(Properties properties, String name, int fallback) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("System property " + name + " must be a number, got '" + value + "'", e);
        }
    }
}
