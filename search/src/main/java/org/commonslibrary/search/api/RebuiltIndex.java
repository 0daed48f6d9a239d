package org.commonslibrary.search.api;

/**
 * One index after a rebuild.
 *
 * @param name          Hibernate Search's name for it ({@code documents})
 * @param previousIndex the concrete index that served it before
 * @param newIndex      the concrete index that serves it now
 * @param entries       how many entries the new index holds
 */
public record RebuiltIndex(String name, String previousIndex, String newIndex, long entries) {
}
