package org.commonslibrary.search.infrastructure;

/**
 * What the cluster said about its health.
 *
 * @param reachable whether the cluster answered at all
 * @param status    green, yellow or red as OpenSearch reports it, or "unreachable"
 * @param problem   why the cluster could not be read, when it could not
 */
public record ClusterHealth(boolean reachable, String status, String clusterName, int nodes, String problem,
        long tookMillis) {

    /** Yellow is healthy here: a single node cannot place replicas, yet every search works. */
    public boolean isServing() {
        return reachable && ("green".equals(status) || "yellow".equals(status));
    }
}
