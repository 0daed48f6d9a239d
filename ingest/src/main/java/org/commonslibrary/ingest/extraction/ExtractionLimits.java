package org.commonslibrary.ingest.extraction;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Bounds applied to every extraction, so that one oversized or hostile upload cannot monopolise the
 * machine.
 *
 * @param maxFileBytes         files larger than this are refused before any parser sees them
 * @param maxCharacters        text characters kept per document; a document with more text is refused as
 *                             too large rather than silently truncated. The whole extracted XHTML travels
 *                             back from the forked JVM as one Java-serialized object, and WildFly's default
 *                             {@code jdk.serialFilter} rejects streams over 10 MB ({@code maxbytes=10485760}),
 *                             so this must stay well under that once markup and multi-byte characters are
 *                             counted; 5,000,000 leaves room for Latin-script documents
 * @param maxEmbeddedResources attachments, embedded images and similar parts parsed per document
 * @param timeout              wall-clock time allowed for one parse before its forked JVM is killed
 * @param forkHeap             {@code -Xmx} of each forked parser JVM, for example {@code "512m"}
 */
public record ExtractionLimits(long maxFileBytes, int maxCharacters, int maxEmbeddedResources,
                               Duration timeout, String forkHeap) {

    public static final long DEFAULT_MAX_FILE_BYTES = 100L * 1024 * 1024;
    public static final int DEFAULT_MAX_CHARACTERS = 5_000_000;
    public static final int DEFAULT_MAX_EMBEDDED_RESOURCES = 100;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    public static final String DEFAULT_FORK_HEAP = "512m";

    private static final Pattern HEAP_SIZE = Pattern.compile("[1-9][0-9]*[kKmMgG]?");

    public ExtractionLimits {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(forkHeap, "forkHeap");
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        if (maxCharacters <= 0) {
            throw new IllegalArgumentException("maxCharacters must be positive: " + maxCharacters);
        }
        if (maxEmbeddedResources < 0) {
            throw new IllegalArgumentException("maxEmbeddedResources must not be negative: " + maxEmbeddedResources);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (!HEAP_SIZE.matcher(forkHeap).matches()) {
            throw new IllegalArgumentException("forkHeap must look like 512m or 2g: " + forkHeap);
        }
    }

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_CHARACTERS,
                DEFAULT_MAX_EMBEDDED_RESOURCES, DEFAULT_TIMEOUT, DEFAULT_FORK_HEAP);
    }

    public ExtractionLimits withMaxFileBytes(long value) {
        return new ExtractionLimits(value, maxCharacters, maxEmbeddedResources, timeout, forkHeap);
    }

    public ExtractionLimits withMaxCharacters(int value) {
        return new ExtractionLimits(maxFileBytes, value, maxEmbeddedResources, timeout, forkHeap);
    }

    public ExtractionLimits withMaxEmbeddedResources(int value) {
        return new ExtractionLimits(maxFileBytes, maxCharacters, value, timeout, forkHeap);
    }

    public ExtractionLimits withTimeout(Duration value) {
        return new ExtractionLimits(maxFileBytes, maxCharacters, maxEmbeddedResources, value, forkHeap);
    }

    public ExtractionLimits withForkHeap(String value) {
        return new ExtractionLimits(maxFileBytes, maxCharacters, maxEmbeddedResources, timeout, value);
    }
}
