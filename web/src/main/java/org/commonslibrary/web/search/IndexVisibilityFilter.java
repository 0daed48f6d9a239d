package org.commonslibrary.web.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Holds a successful change's answer until search sees the change, and says in the {@code Library-Indexing}
 * header whether it does ({@code visible}) or the index has not caught up yet ({@code pending}: the change
 * is committed and reaches search once OpenSearch takes it). Response filters run after the resource
 * method's transaction has committed, so the wait never holds a transaction open.
 */
@Provider
public class IndexVisibilityFilter implements ContainerResponseFilter {

    public static final String HEADER = "Library-Indexing";

    @Inject
    ChangesToIndex changes;

    @Inject
    IndexVisibility visibility;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (changes.changed().isEmpty()
                || response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            return;
        }
        boolean visible = visibility.await(changes.changed());
        response.getHeaders().putSingle(HEADER, visible ? "visible" : "pending");
    }
}
