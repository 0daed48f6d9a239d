package org.commonslibrary.web.health;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.commonslibrary.search.infrastructure.ClusterHealth;
import org.commonslibrary.search.infrastructure.ClusterHealthProbe;
import org.commonslibrary.web.config.LibrarySettings;

/** One OpenSearch client for the application's lifetime, closed on undeploy. */
@ApplicationScoped
public class SearchClusterProbe {

    private static final Logger LOG = Logger.getLogger(SearchClusterProbe.class.getName());

    @Inject
    LibrarySettings settings;

    private ClusterHealthProbe probe;

    @PostConstruct
    void open() {
        probe = new ClusterHealthProbe(settings.openSearch());
    }

    public ClusterHealth check() {
        return probe.check();
    }

    @PreDestroy
    void close() {
        try {
            probe.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "The OpenSearch client did not close cleanly", e);
        }
    }
}
