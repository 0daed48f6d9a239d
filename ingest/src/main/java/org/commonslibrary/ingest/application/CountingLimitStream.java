package org.commonslibrary.ingest.application;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Counts inflated bytes as they are read and stops at a limit per entry and a limit shared by all entries,
 * so an archive's declared sizes (which a zip bomb lies about) never matter.
 */
final class CountingLimitStream extends FilterInputStream {

    /** Thrown through the reader's stack when a limit is passed; unchecked so any consumer is interrupted. */
    static final class LimitExceeded extends UncheckedIOException {
        LimitExceeded() {
            super(new IOException("inflated size limit exceeded"));
        }
    }

    private final long maxEntry;
    private final long maxTotal;
    private final long[] total;
    private long entry;

    CountingLimitStream(InputStream in, long maxEntry, long maxTotal, long[] sharedTotal) {
        super(in);
        this.maxEntry = maxEntry;
        this.maxTotal = maxTotal;
        this.total = sharedTotal;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        entry += n;
        total[0] += n;
        if (entry > maxEntry || total[0] > maxTotal) {
            throw new LimitExceeded();
        }
    }
}
