package org.commonslibrary.devnode.junit;

import org.commonslibrary.devnode.DevNodeHome;
import org.commonslibrary.devnode.DevNodeOptions;
import org.commonslibrary.devnode.DevNodeProcess;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Provides one development OpenSearch node per test JVM, configured by {@link DevNodeOptions#fromSystemProperties()}.
 *
 * <p>The node starts when the first test class using this extension starts, with a freshly wiped home, and is
 * stopped when the whole test run ends. Tests that take a {@link DevNodeProcess} parameter get that node, and may
 * stop, kill and restart it to simulate outages (they should leave it running for the tests after them).
 *
 * <p>With the system property {@value #EXTERNAL_PROPERTY}{@code =true} nothing is started: a cluster is expected on
 * {@code library.devnode.http.port} already, and {@link DevNodeProcess} parameters cannot be resolved.
 */
public final class DevNodeExtension implements BeforeAllCallback, ParameterResolver {

    public static final String EXTERNAL_PROPERTY = "library.devnode.external";

    private static final Namespace NAMESPACE = Namespace.create(DevNodeExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!usesExternalCluster()) {
            sharedNode(context);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == DevNodeProcess.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        if (usesExternalCluster()) {
            throw new ParameterResolutionException("No DevNodeProcess with " + EXTERNAL_PROPERTY
                    + "=true: the cluster is not ours to control; skip this test for external clusters");
        }
        return sharedNode(extensionContext);
    }

    private static boolean usesExternalCluster() {
        return Boolean.getBoolean(EXTERNAL_PROPERTY);
    }

    /** The root store outlives every test class, and closes what it holds when the test run ends. */
    private static DevNodeProcess sharedNode(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedNode.class, key -> SharedNode.start(), SharedNode.class)
                .process();
    }

    private record SharedNode(DevNodeProcess process) implements ExtensionContext.Store.CloseableResource {

        static SharedNode start() {
            DevNodeOptions options = DevNodeOptions.fromSystemProperties();
            DevNodeHome.wipe(options.home());
            return new SharedNode(DevNodeProcess.start(options));
        }

        @Override
        public void close() {
            process.stop();
        }
    }
}
