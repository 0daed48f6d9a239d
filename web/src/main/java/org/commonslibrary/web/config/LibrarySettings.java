package org.commonslibrary.web.config;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.commonslibrary.search.infrastructure.OpenSearchConnection;

/**
 * The library's configuration. Each setting is read from a system property first and an environment
 * variable second, so the run script, the server's configuration and a container can all set it.
 */
@ApplicationScoped
public class LibrarySettings {

    static final long DEFAULT_MAX_UPLOAD_BYTES = 100L * 1024 * 1024;

    public Path storageDirectory() {
        String dataDir = System.getProperty("jboss.server.data.dir", "data");
        return Path.of(setting("library.storage.dir", "LIBRARY_STORAGE_DIR").orElse(dataDir + "/library/storage"));
    }

    public Path workDirectory() {
        return Path.of(System.getProperty("jboss.server.temp.dir", System.getProperty("java.io.tmpdir")),
                "library");
    }

    /** A folder of documents to load at start-up when the library does not hold them yet. */
    public Optional<Path> samplesDirectory() {
        return setting("library.samples.dir", "LIBRARY_SAMPLES_DIR").map(Path::of);
    }

    public String adminUser() {
        return setting("library.admin.user", "LIBRARY_ADMIN_USER").orElse("admin");
    }

    public Optional<String> adminPassword() {
        return setting("library.admin.password", "LIBRARY_ADMIN_PASSWORD");
    }

    public long maxUploadBytes() {
        return setting("library.upload.max-bytes", "LIBRARY_UPLOAD_MAX_BYTES").map(Long::parseLong)
                .orElse(DEFAULT_MAX_UPLOAD_BYTES);
    }

    /** How many documents one uploaded zip archive may hold. */
    public int maxArchiveEntries() {
        return setting("library.archive.max-entries", "LIBRARY_ARCHIVE_MAX_ENTRIES").map(Integer::parseInt)
                .orElse(500);
    }

    /** How many bytes the documents of one zip archive may expand to, all together. */
    public long maxArchiveBytes() {
        return setting("library.archive.max-bytes", "LIBRARY_ARCHIVE_MAX_BYTES").map(Long::parseLong)
                .orElse(1024L * 1024 * 1024);
    }

    /** How long one file's extraction may take before its parser is stopped. */
    public long extractionTimeoutSeconds() {
        return setting("library.extraction.timeout-seconds", "LIBRARY_EXTRACTION_TIMEOUT_SECONDS")
                .map(Long::parseLong).orElse(120L);
    }

    /** How many characters of text one document may yield; more is refused rather than cut. */
    public int maxExtractedCharacters() {
        return setting("library.extraction.max-characters", "LIBRARY_EXTRACTION_MAX_CHARACTERS")
                .map(Integer::parseInt).orElse(5_000_000);
    }

    /** How many embedded parts (attachments, embedded files) of one document are parsed. */
    public int maxEmbeddedResources() {
        return setting("library.extraction.max-embedded", "LIBRARY_EXTRACTION_MAX_EMBEDDED")
                .map(Integer::parseInt).orElse(100);
    }

    /** The same cluster Hibernate Search writes to: both read the hibernate.search.backend.* properties. */
    public OpenSearchConnection openSearch() {
        return new OpenSearchConnection(
                OpenSearchConnection.parseHosts(setting("hibernate.search.backend.hosts", "LIBRARY_OPENSEARCH_HOSTS")
                        .orElse("127.0.0.1:9200")),
                setting("hibernate.search.backend.protocol", "LIBRARY_OPENSEARCH_PROTOCOL").orElse("http"),
                setting("hibernate.search.backend.username", "LIBRARY_OPENSEARCH_USER").orElse(null),
                setting("hibernate.search.backend.password", "LIBRARY_OPENSEARCH_PASSWORD").orElse(null));
    }

    static Optional<String> setting(String property, String environmentVariable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
