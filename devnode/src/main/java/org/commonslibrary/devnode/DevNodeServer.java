package org.commonslibrary.devnode;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;

/** One OpenSearch node in this JVM, built from {@link DevNodeArguments}. */
final class DevNodeServer implements Closeable {

    /** Long enough for in-flight shard operations to finish; the node is a dev node, not worth waiting longer. */
    private static final long CLOSE_TIMEOUT_SECONDS = 10;

    private final Node node;

    private DevNodeServer(Node node) {
        this.node = node;
    }

    static DevNodeServer create(DevNodeArguments arguments) throws IOException {
        Settings settings = DevNodeSettings.from(arguments);
        Path home = Path.of(Environment.PATH_HOME_SETTING.get(settings));
        // prepareEnvironment reads opensearch.yml from here if present; an empty folder means "settings only".
        Path configDir = Files.createDirectories(DevNodeSettings.configDir(home));
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), configDir,
                arguments::nodeName);
        return new DevNodeServer(new ClasspathPluginNode(environment));
    }

    void start() throws NodeValidationException {
        node.start();
    }

    /** The port HTTP is actually bound to, which is what clients must use. */
    int boundHttpPort() {
        return node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
    }

    @Override
    public void close() throws IOException {
        node.close();
        try {
            node.awaitClose(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
