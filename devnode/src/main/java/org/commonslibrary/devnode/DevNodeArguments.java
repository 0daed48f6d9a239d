package org.commonslibrary.devnode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The command line of {@link DevNodeMain}. Kept free of OpenSearch types so that {@link DevNodeOptions} can
 * produce it in JVMs that only launch the node.
 *
 * @param home            the node's home folder (data, logs and config live below it)
 * @param httpPort        the HTTP port on 127.0.0.1
 * @param transportPort   the transport port on 127.0.0.1
 * @param clusterName     the cluster name
 * @param nodeName        the node name
 * @param seedPorts       transport ports of the cluster's nodes on 127.0.0.1; empty for single-node discovery
 * @param initialManagers node names that bootstrap the cluster; empty for single-node discovery or when joining
 * @param parentPid       when present, the node exits as soon as that process has ended
 */
public record DevNodeArguments(
        Path home,
        int httpPort,
        int transportPort,
        String clusterName,
        String nodeName,
        List<Integer> seedPorts,
        List<String> initialManagers,
        OptionalLong parentPid) {

    public static final String HTTP_PORT = "--http-port";
    public static final String TRANSPORT_PORT = "--transport-port";
    public static final String HOME = "--home";
    public static final String CLUSTER_NAME = "--cluster-name";
    public static final String NODE_NAME = "--node-name";
    public static final String SEED_PORTS = "--seed-ports";
    public static final String INITIAL_MANAGERS = "--initial-managers";
    public static final String PARENT_PID = "--parent-pid";
    public static final String HELP = "--help";

    public static final int DEFAULT_HTTP_PORT = 9200;
    public static final int DEFAULT_TRANSPORT_PORT = 9300;
    public static final Path DEFAULT_HOME = Path.of("data", "opensearch");
    public static final String DEFAULT_CLUSTER_NAME = "library-dev";
    public static final String DEFAULT_NODE_NAME = "node-1";

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: DevNodeMain [options]",
            "  " + HTTP_PORT + " N                 HTTP port on 127.0.0.1 (default " + DEFAULT_HTTP_PORT + ")",
            "  " + TRANSPORT_PORT + " N            transport port on 127.0.0.1 (default " + DEFAULT_TRANSPORT_PORT + ")",
            "  " + HOME + " DIR                    home folder (default " + DEFAULT_HOME + ")",
            "  " + CLUSTER_NAME + " NAME           cluster name (default " + DEFAULT_CLUSTER_NAME + ")",
            "  " + NODE_NAME + " NAME              node name (default " + DEFAULT_NODE_NAME + ")",
            "  " + SEED_PORTS + " P1,P2,...        transport ports of the cluster's nodes (cluster mode)",
            "  " + INITIAL_MANAGERS + " N1,N2,...  node names that bootstrap a new cluster (cluster mode)",
            "  " + PARENT_PID + " PID              exit when that process ends",
            "Without " + SEED_PORTS + " and " + INITIAL_MANAGERS + " the node runs with single-node discovery.");

    public DevNodeArguments {
        Objects.requireNonNull(home, "home");
        requirePort(HTTP_PORT, httpPort);
        requirePort(TRANSPORT_PORT, transportPort);
        requireName(CLUSTER_NAME, clusterName);
        requireName(NODE_NAME, nodeName);
        seedPorts = List.copyOf(seedPorts);
        seedPorts.forEach(port -> requirePort(SEED_PORTS, port));
        initialManagers = List.copyOf(initialManagers);
        initialManagers.forEach(name -> requireName(INITIAL_MANAGERS, name));
        Objects.requireNonNull(parentPid, "parentPid");
    }

    public static DevNodeArguments defaults() {
        return new DevNodeArguments(DEFAULT_HOME, DEFAULT_HTTP_PORT, DEFAULT_TRANSPORT_PORT, DEFAULT_CLUSTER_NAME,
                DEFAULT_NODE_NAME, List.of(), List.of(), OptionalLong.empty());
    }

    /**
     * Parses {@code --flag value} and {@code --flag=value} pairs; flags not given keep their defaults.
     *
     * @throws IllegalArgumentException naming the offending flag
     */
    public static DevNodeArguments parse(String... args) {
        Path home = DEFAULT_HOME;
        int httpPort = DEFAULT_HTTP_PORT;
        int transportPort = DEFAULT_TRANSPORT_PORT;
        String clusterName = DEFAULT_CLUSTER_NAME;
        String nodeName = DEFAULT_NODE_NAME;
        List<Integer> seedPorts = List.of();
        List<String> initialManagers = List.of();
        OptionalLong parentPid = OptionalLong.empty();

        List<String> remaining = new ArrayList<>(Arrays.asList(args));
        while (!remaining.isEmpty()) {
            String token = remaining.remove(0);
            int equals = token.indexOf('=');
            String flag = equals < 0 ? token : token.substring(0, equals);
            String value;
            if (equals >= 0) {
                value = token.substring(equals + 1);
            } else if (remaining.isEmpty()) {
                throw new IllegalArgumentException("Missing value for " + flag);
            } else {
                value = remaining.remove(0);
            }
            switch (flag) {
                case HTTP_PORT -> httpPort = parseInt(flag, value);
                case TRANSPORT_PORT -> transportPort = parseInt(flag, value);
                case HOME -> home = Path.of(value);
                case CLUSTER_NAME -> clusterName = value;
                case NODE_NAME -> nodeName = value;
                case SEED_PORTS -> seedPorts = splitList(value).stream().map(port -> parseInt(flag, port)).toList();
                case INITIAL_MANAGERS -> initialManagers = splitList(value);
                case PARENT_PID -> parentPid = OptionalLong.of(parseLong(flag, value));
                default -> throw new IllegalArgumentException("Unknown option " + flag);
            }
        }
        return new DevNodeArguments(home, httpPort, transportPort, clusterName, nodeName, seedPorts,
                initialManagers, parentPid);
    }

    /** The inverse of {@link #parse}: every flag spelled out, so the result does not depend on defaults. */
    public List<String> toCommandLine() {
        List<String> line = new ArrayList<>(List.of(
                HOME, home.toString(),
                HTTP_PORT, Integer.toString(httpPort),
                TRANSPORT_PORT, Integer.toString(transportPort),
                CLUSTER_NAME, clusterName,
                NODE_NAME, nodeName));
        if (!seedPorts.isEmpty()) {
            line.add(SEED_PORTS);
            line.add(String.join(",", seedPorts.stream().map(String::valueOf).toList()));
        }
        if (!initialManagers.isEmpty()) {
            line.add(INITIAL_MANAGERS);
            line.add(String.join(",", initialManagers));
        }
        parentPid.ifPresent(pid -> {
            line.add(PARENT_PID);
            line.add(Long.toString(pid));
        });
        return List.copyOf(line);
    }

    /** Whether the node discovers peers instead of forming a cluster on its own. */
    public boolean clusterMode() {
        return !seedPorts.isEmpty() || !initialManagers.isEmpty();
    }

    private static List<String> splitList(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    private static int parseInt(String flag, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " expects a number, got '" + value + "'", e);
        }
    }

    private static long parseLong(String flag, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " expects a number, got '" + value + "'", e);
        }
    }

    private static void requirePort(String flag, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(flag + " expects a port between 1 and 65535, got " + port);
        }
    }

    private static void requireName(String flag, String name) {
        if (name == null || name.isBlank() || name.contains(",")) {
            throw new IllegalArgumentException(flag + " expects a non-empty name without commas, got '" + name + "'");
        }
    }
}
