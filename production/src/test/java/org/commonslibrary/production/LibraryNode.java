package org.commonslibrary.production;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.commonslibrary.web.it.ApiClient;

/**
 * One WildFly node of the library, started the way production starts it: {@code ./library serve} with every
 * setting in environment variables. It can be stopped gracefully or killed (SIGKILL to the server's JVM).
 */
final class LibraryNode implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(240);

    private final String name;
    private final int httpPort;
    private final Path dataDir;
    private final Map<String, String> environment;
    private Process script;

    private LibraryNode(String name, int httpPort, Path dataDir, Map<String, String> environment) {
        this.name = name;
        this.httpPort = httpPort;
        this.dataDir = dataDir;
        this.environment = environment;
    }

    /** Starts a node with these settings (the site's database, cluster and storage) and waits until it serves. */
    static LibraryNode serve(String name, int portOffset, Path dataDir, Map<String, String> siteEnvironment) {
        int httpPort = Integer.getInteger("library.it.http.port", 8090) + portOffset;
        Map<String, String> environment = new HashMap<>();
        environment.put("LIBRARY_JAVA_OPTS", "-Xms128m -Xmx768m");
        environment.putAll(siteEnvironment);
        environment.put("LIBRARY_NODE_NAME", name);
        environment.put("LIBRARY_DATA_DIR", dataDir.toString());
        environment.put("LIBRARY_HTTP_PORT", Integer.toString(httpPort));
        environment.put("LIBRARY_MANAGEMENT_PORT", Integer.toString(Integer.getInteger("library.it.management.port", 9995) + portOffset));
        environment.put("LIBRARY_ADMIN_USER", ApiClient.ADMIN);
        environment.put("LIBRARY_ADMIN_PASSWORD", ApiClient.ADMIN_PASSWORD);
        LibraryNode node = new LibraryNode(name, httpPort, dataDir, environment);
        node.start();
        return node;
    }

    /** Starts the node again (after a stop or a kill) with the same settings. */
    void start() {
        try {
            Files.createDirectories(dataDir);
            ProcessBuilder builder = new ProcessBuilder(CommandRun.launcherPath().toString(), "serve")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("serve.log").toFile()));
            builder.environment().putAll(environment);
            script = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start node " + name, e);
        }
        awaitHealthAnswering();
    }

    /** SIGKILL to the server's JVM: no shutdown, no last transaction, as a crash or the OOM killer would. */
    void kill() {
        Optional<ProcessHandle> server = serverJvm();
        if (server.isEmpty()) {
            throw new IllegalStateException("Node " + name + " has no server JVM to kill");
        }
        server.get().destroyForcibly();
        server.get().onExit().join();
        awaitScriptEnd(Duration.ofSeconds(60));
    }

    /** A graceful stop: SIGTERM to the launcher, which stops the server. */
    void stop() {
        if (script != null && script.isAlive()) {
            script.destroy();
            awaitScriptEnd(Duration.ofSeconds(90));
        }
    }

    @Override
    public void close() {
        stop();
        serverJvm().ifPresent(ProcessHandle::destroyForcibly);
    }

    URL url() {
        try {
            return URI.create("http://127.0.0.1:" + httpPort + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    ApiClient api() {
        return new ApiClient(url());
    }

    long serverPid() {
        return serverJvm().map(ProcessHandle::pid).orElseThrow();
    }

    String name() {
        return name;
    }

    private Optional<ProcessHandle> serverJvm() {
        if (script == null) {
            return Optional.empty();
        }
        return script.descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar")).orElse(false))
                .findFirst();
    }

    private void awaitScriptEnd(Duration timeout) {
        try {
            if (!script.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                script.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Until the application answers /api/health at all (200 or 503: a dependency may be down on purpose). */
    private void awaitHealthAnswering() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!script.isAlive()) {
                throw new IllegalStateException("Node " + name + " ended at start-up; see " + dataDir.resolve("logs"));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(url().toURI().resolve("api/health"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200 || response.statusCode() == 503) {
                    return;
                }
            } catch (ConnectException notYet) {
                // the server is still starting
            } catch (IOException | java.net.URISyntaxException notYet) {
                // the deployment is not in place yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Node " + name + " did not serve within " + STARTUP + "; see " + dataDir.resolve("logs"));
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
