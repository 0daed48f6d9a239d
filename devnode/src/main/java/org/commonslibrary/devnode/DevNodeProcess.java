package org.commonslibrary.devnode;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A development OpenSearch node running in a forked JVM, started from an unpacked dist ({@code <distDir>/lib/*}).
 *
 * <p>Deliberately free of OpenSearch imports: the launching JVM (tests, the application's tooling) must not have
 * OpenSearch's Netty, Jackson and Lucene on its classpath.
 *
 * <p>A single node: {@code DevNodeProcess.start(options)}. A cluster: {@link #launch} every node first, then
 * {@link #awaitReady()} each, because no node turns ready before enough cluster-manager candidates have joined.
 *
 * <p>The forked node is told this JVM's pid and exits by itself when this JVM ends without stopping it.
 */
public final class DevNodeProcess implements AutoCloseable {

    /** The only address the node binds to and is ever contacted on. */
    public static final String LOOPBACK = "127.0.0.1";

    /** A name, not a class literal: loading DevNodeMain would pull OpenSearch classes into this JVM. */
    static final String MAIN_CLASS = "org.commonslibrary.devnode.DevNodeMain";

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration HEALTH_REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final int LOG_TAIL_LINES = 40;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final DevNodeOptions options;
    private volatile Process process;
    private long launchedAtNanos;
    private volatile Duration startupTime;

    private DevNodeProcess(DevNodeOptions options) {
        this.options = options.withHome(options.home().toAbsolutePath().normalize())
                .withDistDir(options.distDir().toAbsolutePath().normalize());
    }

    /**
     * Forks a node and waits until it answers cluster health with at least yellow.
     *
     * @throws DevNodeStartupException if the node exits or is not ready within the options' startup timeout
     */
    public static DevNodeProcess start(DevNodeOptions options) {
        DevNodeProcess node = launch(options);
        try {
            node.awaitReady();
        } catch (RuntimeException e) {
            // the caller gets no handle to stop it with
            node.stop();
            throw e;
        }
        return node;
    }

    /** Forks a node without waiting for it; follow with {@link #awaitReady()}. */
    public static DevNodeProcess launch(DevNodeOptions options) {
        DevNodeProcess node = new DevNodeProcess(options);
        node.fork();
        return node;
    }

    /**
     * Waits until {@code GET /_cluster/health?wait_for_status=yellow} answers 200. If the node does not get there
     * within the startup timeout it is stopped.
     *
     * @throws DevNodeStartupException with the end of the node's log, as soon as the node process has ended
     */
    public synchronized void awaitReady() {
        Process current = process;
        HttpRequest health = HttpRequest.newBuilder(URI.create(httpUrl() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(HEALTH_REQUEST_TIMEOUT)
                .GET()
                .build();
        Instant deadline = Instant.now().plus(options.startupTimeout());
        try {
            while (true) {
                if (!current.isAlive()) {
                    throw new DevNodeStartupException("OpenSearch node " + options.nodeName() + " exited with code "
                            + current.exitValue() + " before it was ready. " + logTail());
                }
                if (answersOk(health)) {
                    startupTime = Duration.ofNanos(System.nanoTime() - launchedAtNanos);
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    stop();
                    throw new DevNodeStartupException("OpenSearch node " + options.nodeName() + " was not ready on "
                            + httpUrl() + " within " + options.startupTimeout() + " and has been stopped. " + logTail());
                }
                current.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevNodeStartupException("Interrupted while waiting for OpenSearch node " + options.nodeName(), e);
        }
    }

    /** Stops the node if it runs, then starts it again with the same options and data, and waits until it is ready. */
    public synchronized void restart() {
        stop();
        fork();
        awaitReady();
    }

    /** Asks the node to shut down (SIGTERM), waits up to 30 s, then kills it. Does nothing if it has ended. */
    public synchronized void stop() {
        Process current = process;
        if (!current.isAlive()) {
            return;
        }
        current.destroy();
        if (!awaitExit(current)) {
            current.destroyForcibly();
            awaitExit(current);
        }
    }

    /** Kills the node without letting it shut down (SIGKILL), as a crash would; for fault tests. */
    public synchronized void kill() {
        Process current = process;
        current.destroyForcibly();
        awaitExit(current);
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** The node's base URL, {@code http://127.0.0.1:<httpPort>}, without a trailing slash. */
    public String httpUrl() {
        return options.httpUrl();
    }

    public DevNodeOptions options() {
        return options;
    }

    /** The forked JVM's console output, appended to on every (re)start. */
    public Path logFile() {
        return options.logFile();
    }

    /** The pid of the latest forked JVM. */
    public long pid() {
        return process.pid();
    }

    /** The exit code of the latest forked JVM; empty while it runs. */
    public OptionalInt exitCode() {
        Process current = process;
        return current.isAlive() ? OptionalInt.empty() : OptionalInt.of(current.exitValue());
    }

    /** Time from forking the JVM to the first healthy answer, for the latest start; empty until it was ready. */
    public Optional<Duration> startupTime() {
        return Optional.ofNullable(startupTime);
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "DevNodeProcess[" + options.nodeName() + " at " + httpUrl() + ", home " + options.home() + "]";
    }

    private synchronized void fork() {
        List<String> command = command();
        // Otherwise a node already listening there would answer the health check in place of this one.
        requireFreePort(options.httpPort(), "HTTP");
        requireFreePort(options.transportPort(), "transport");
        DevNodeHome.prepare(options.home());
        Path log = logFile();
        try {
            Files.writeString(log, "=== " + Instant.now() + " launching " + String.join(" ", command) + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            startupTime = null;
            launchedAtNanos = System.nanoTime();
            process = new ProcessBuilder(command)
                    // keeps stray JVM files (hs_err, heap dumps) inside the node's home
                    .directory(options.home().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            // The node never reads standard input.
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new DevNodeStartupException("Cannot fork " + command.get(0) + " for OpenSearch node " + options.nodeName(), e);
        }
    }

    private List<String> command() {
        Path lib = options.distDir().resolve("lib");
        requireJars(lib);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms" + options.heap().initial());
        command.add("-Xmx" + options.heap().maximum());
        command.add("-cp");
        // the java launcher itself expands "dir/*" to every jar in dir
        command.add(lib + File.separator + "*");
        command.add(MAIN_CLASS);
        command.addAll(options.toArguments(OptionalLong.of(ProcessHandle.current().pid())).toCommandLine());
        return command;
    }

    private static void requireJars(Path lib) {
        if (!Files.isDirectory(lib)) {
            throw new DevNodeStartupException("No OpenSearch dev node dist at " + lib.getParent()
                    + " (expected a lib/ folder): build it with 'mvn -pl devnode package' or point "
                    + DevNodeOptions.DIST_PROPERTY + " at an unpacked library-devnode dist zip");
        }
        try (Stream<Path> files = Files.list(lib)) {
            if (files.noneMatch(file -> file.getFileName().toString().endsWith(".jar"))) {
                throw new DevNodeStartupException("No jars in " + lib);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + lib, e);
        }
    }

    private static void requireFreePort(int port, String purpose) {
        try {
            new ServerSocket(port, 1, InetAddress.getByName(LOOPBACK)).close();
        } catch (IOException e) {
            throw new DevNodeStartupException(purpose + " port " + port + " on " + LOOPBACK
                    + " is in use (another node still running?): " + e.getMessage(), e);
        }
    }

    private static boolean answersOk(HttpRequest request) throws InterruptedException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private static boolean awaitExit(Process current) {
        try {
            return current.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            current.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String logTail() {
        return "Last lines of " + logFile() + ":" + System.lineSeparator() + LogTail.of(logFile(), LOG_TAIL_LINES);
    }
}
