package org.commonslibrary.production;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One PostgreSQL server per test JVM, started by the first test class that asks for it and destroyed when the
 * run ends. Each test class makes its own database on it.
 */
final class PostgresExtension implements ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Shared.class, key -> new Shared(PostgresServer.create(Integer.getInteger("library.it.postgres.port", 5440))), Shared.class)
                .server();
    }

    private record Shared(PostgresServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.destroy();
        }
    }
}
