package org.commonslibrary.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commonslibrary.search.infrastructure.ClusterHealth;
import org.commonslibrary.web.health.DatabaseProbe;
import org.commonslibrary.web.health.IndexingProbe;
import org.commonslibrary.web.health.SearchClusterProbe;

/**
 * Whether the library can serve: its database and its OpenSearch cluster (503 when either is down), and how
 * far the index is behind the database. Index changes waiting or aborted do not make it 503: the library
 * still serves, and the maintenance rounds send them again.
 */
@Path("/health")
public class HealthResource {

    @Inject
    DatabaseProbe database;

    @Inject
    SearchClusterProbe cluster;

    @Inject
    IndexingProbe indexing;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        DatabaseProbe.Result db = database.check();
        ClusterHealth os = cluster.check();
        boolean up = db.up() && os.isServing();
        HealthView view = new HealthView(up ? "up" : "down",
                new HealthView.Component(db.up() ? "up" : "down", db.problem(), db.tookMillis()),
                new HealthView.SearchCluster(os.isServing() ? "up" : "down", os.status(), os.nodes(), os.problem(),
                        os.tookMillis()),
                indexing.check());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(view).cacheControl(noStore).build();
    }

    /** The JSON shape of a health report. */
    public record HealthView(String status, Component database, SearchCluster opensearch,
            IndexingProbe.Indexing indexing) {

        public record Component(String status, String problem, long tookMillis) {
        }

        public record SearchCluster(String status, String clusterStatus, int nodes, String problem, long tookMillis) {
        }
    }
}
