package org.commonslibrary.web.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

/**
 * The entities a request changed and whose index entries its caller expects to see at once (a document
 * unpublished or deleted gone from search, a confirmed case found). Recorded inside the transaction;
 * {@link IndexVisibilityFilter} waits for them once the transaction has committed.
 */
@RequestScoped
public class ChangesToIndex {

    private final Map<Class<?>, List<Object>> changed = new LinkedHashMap<>();

    public void expect(Class<?> entityType, Object id) {
        changed.computeIfAbsent(entityType, t -> new ArrayList<>()).add(id);
    }

    public void expect(Class<?> entityType, Collection<?> ids) {
        ids.forEach(id -> expect(entityType, id));
    }

    Map<Class<?>, List<Object>> changed() {
        return changed;
    }
}
