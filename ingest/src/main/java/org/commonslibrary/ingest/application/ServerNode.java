package org.commonslibrary.ingest.application;

/**
 * The name of the server node this code runs on: WildFly's {@code jboss.node.name}, which is the host name
 * unless set (`./library serve` sets it from LIBRARY_NODE_NAME; several nodes on one host need distinct names).
 */
public final class ServerNode {

    private ServerNode() {
    }

    public static String name() {
        String name = System.getProperty("jboss.node.name");
        return name == null || name.isBlank() ? "standalone" : name;
    }
}
