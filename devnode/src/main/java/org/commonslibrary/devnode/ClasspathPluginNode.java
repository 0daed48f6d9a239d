package org.commonslibrary.devnode;

import java.util.List;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.join.ParentJoinPlugin;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A node whose modules come from the classpath instead of a distribution's {@code modules/} folder, which Maven
 * Central does not publish. Only the protected constructor of {@link Node} accepts such plugins.
 */
final class ClasspathPluginNode extends Node {

    /** HTTP transport, analyzers (english, snowball, stemmers, asciifolding), scripts, extra field types, join. */
    static final List<Class<? extends Plugin>> PLUGINS = List.of(
            Netty4Plugin.class,
            CommonAnalysisPlugin.class,
            PainlessPlugin.class,
            MapperExtrasPlugin.class,
            ParentJoinPlugin.class);

    ClasspathPluginNode(Environment environment) {
        super(environment, PLUGINS, true);
    }
}
