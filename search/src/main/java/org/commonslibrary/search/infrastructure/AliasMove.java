package org.commonslibrary.search.infrastructure;

/**
 * One alias leaving one index for another, as part of an atomic alias update.
 *
 * @param alias      the alias
 * @param from       the index it leaves, or null when it points nowhere yet
 * @param to         the index it points to afterwards
 * @param writeIndex whether {@code to} is the alias's write index (OpenSearch's {@code is_write_index})
 */
public record AliasMove(String alias, String from, String to, boolean writeIndex) {
}
