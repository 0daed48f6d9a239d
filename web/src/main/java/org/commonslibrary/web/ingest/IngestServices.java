package org.commonslibrary.web.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContext;

import org.commonslibrary.ingest.application.OriginalStore;
import org.commonslibrary.ingest.extraction.ExtractionLimits;
import org.commonslibrary.ingest.extraction.ForkedTikaExtractor;
import org.commonslibrary.ingest.extraction.TextExtractor;
import org.commonslibrary.web.config.LibrarySettings;

/**
 * Makes the ingest module's plain services injectable, configured from the library's settings.
 * Singletons rather than application-scoped beans: they are immutable and need no client proxy.
 */
@ApplicationScoped
public class IngestServices {

    private static final Logger LOG = Logger.getLogger(IngestServices.class.getName());

    @Inject
    LibrarySettings settings;

    private volatile String tikaClasspath;

    /**
     * Unpacks the parser jars for the forked JVMs. Called once at start-up, when the servlet context is at
     * hand: CDI's injected ServletContext works only inside a request.
     */
    public void prepareTikaRuntime(ServletContext servletContext) {
        tikaClasspath = TikaRuntime.unpack(servletContext, settings.workDirectory().resolve("tika-lib"));
    }

    @Produces
    @Singleton
    OriginalStore originalStore() {
        try {
            return new OriginalStore(settings.storageDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("The storage folder " + settings.storageDirectory()
                    + " cannot be created", e);
        }
    }

    @Produces
    @Singleton
    TextExtractor textExtractor() {
        String classpath = tikaClasspath;
        if (classpath == null) {
            throw new IllegalStateException("The Tika runtime is used before start-up prepared it");
        }
        ExtractionLimits limits = ExtractionLimits.defaults()
                .withMaxFileBytes(settings.maxUploadBytes())
                .withMaxCharacters(settings.maxExtractedCharacters())
                .withMaxEmbeddedResources(settings.maxEmbeddedResources())
                .withTimeout(Duration.ofSeconds(settings.extractionTimeoutSeconds()));
        try {
            return new ForkedTikaExtractor(limits, classpath, settings.workDirectory().resolve("tika-work"));
        } catch (IOException e) {
            throw new UncheckedIOException("The Tika work folder cannot be created", e);
        }
    }

    void closeExtractor(@Disposes TextExtractor extractor) {
        if (extractor instanceof AutoCloseable closeable) {
            try {
                // Closing stops the forked parser JVMs, which would otherwise outlive an undeploy.
                closeable.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "The Tika forks did not close cleanly", e);
            }
        }
    }
}
