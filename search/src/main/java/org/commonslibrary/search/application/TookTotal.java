package org.commonslibrary.search.application;

import org.hibernate.search.engine.search.query.SearchResult;

/**
 * Adds up the time OpenSearch reports ({@code took}) for each request one answer needs, so the API can be
 * compared with the engine it wraps.
 */
final class TookTotal {

    private long millis;

    <T extends SearchResult<?>> T add(T result) {
        millis += result.took().toMillis();
        return result;
    }

    long millis() {
        return millis;
    }
}
