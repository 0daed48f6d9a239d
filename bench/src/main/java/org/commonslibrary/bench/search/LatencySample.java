package org.commonslibrary.bench.search;

/**
 * One measured search call.
 *
 * @param wallMillis client-side time from sending the request to having read the whole response
 * @param tookMillis the response's {@code tookMillis}: OpenSearch's own {@code took} for the request(s) the
 *                   API made
 * @param total      the number of matching documents, to show the queries were not empty
 */
public record LatencySample(double wallMillis, long tookMillis, long total) {

    public double overheadMillis() {
        return wallMillis - tookMillis;
    }
}
