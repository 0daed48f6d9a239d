package org.commonslibrary.bench.load;

import java.net.URI;
import java.time.Duration;

/**
 * How a mixed load run is made.
 *
 * @param base the library's address, ending in a slash
 */
public record LoadOptions(URI base, int clients, Duration measured, Duration warmUp, long seed) {

    public static final int DEFAULT_CLIENTS = 32;
    public static final int DEFAULT_SECONDS = 60;
    public static final int DEFAULT_WARMUP_SECONDS = 10;

    public LoadOptions {
        if (clients < 1) {
            throw new IllegalArgumentException("--clients must be 1 or more, not " + clients);
        }
        if (measured.toSeconds() < 1) {
            throw new IllegalArgumentException("--seconds must be 1 or more, not " + measured.toSeconds());
        }
        if (warmUp.isNegative()) {
            throw new IllegalArgumentException("--warmup-seconds must be 0 or more, not " + warmUp.toSeconds());
        }
        if (!base.isAbsolute() || !base.getPath().endsWith("/")) {
            throw new IllegalArgumentException("--base must be an absolute address ending in /, not " + base);
        }
    }
}
