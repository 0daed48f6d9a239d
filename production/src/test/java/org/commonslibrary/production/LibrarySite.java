package org.commonslibrary.production;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonslibrary.devnode.DevNodeProcess;

/**
 * What the nodes of one production deployment share: a database of their own on the test PostgreSQL, a
 * storage folder for the originals and the OpenSearch cluster (emptied first, as each test class is a new
 * deployment). Each test class makes one.
 */
final class LibrarySite implements AutoCloseable {

    private final String name;
    private final PostgresServer postgres;
    private final DevNodeProcess opensearch;
    private final Path dir;
    private final List<LibraryNode> nodes = new ArrayList<>();
    private final Map<String, String> overrides = new HashMap<>();

    private LibrarySite(String name, PostgresServer postgres, DevNodeProcess opensearch, Path dir) {
        this.name = name;
        this.postgres = postgres;
        this.opensearch = opensearch;
        this.dir = dir;
    }

    static LibrarySite create(String name, PostgresServer postgres, DevNodeProcess opensearch) {
        postgres.createDatabase(name);
        deleteAllIndexes(opensearch);
        return new LibrarySite(name, postgres, opensearch, Path.of(System.getProperty("library.it.dir", "target/it"), name));
    }

    /** Starts a WildFly node of this site; offsets keep several nodes' ports apart. */
    LibraryNode startNode(String nodeName, int portOffset) {
        LibraryNode node = LibraryNode.serve(nodeName, portOffset, dir.resolve(nodeName), environment());
        nodes.add(node);
        return node;
    }

    /** A setting of this site's nodes other than the default, such as another way to reach the cluster. */
    LibrarySite with(String variable, String value) {
        overrides.put(variable, value);
        return this;
    }

    Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(Map.of(
                "LIBRARY_DB_URL", postgres.url(name),
                "LIBRARY_DB_USER", PostgresServer.USER,
                "LIBRARY_DB_PASSWORD", PostgresServer.PASSWORD,
                "LIBRARY_OPENSEARCH_HOSTS", "127.0.0.1:" + opensearch.options().httpPort(),
                "LIBRARY_STORAGE_DIR", storageDir().toString()));
        environment.putAll(overrides);
        return environment;
    }

    Path storageDir() {
        return dir.resolve("storage");
    }

    Path dir() {
        return dir;
    }

    String databaseName() {
        return name;
    }

    PostgresServer postgres() {
        return postgres;
    }

    @Override
    public void close() {
        nodes.forEach(LibraryNode::close);
    }

    private static void deleteAllIndexes(DevNodeProcess opensearch) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(opensearch.httpUrl() + "/_all")).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Cannot empty the cluster: " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot empty the cluster", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
