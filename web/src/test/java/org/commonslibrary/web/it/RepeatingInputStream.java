package org.commonslibrary.web.it;

import java.io.InputStream;
import java.util.Arrays;

/** {@code length} copies of one byte, produced as they are read. */
final class RepeatingInputStream extends InputStream {

    private final byte value;
    private long remaining;

    RepeatingInputStream(byte value, long length) {
        this.value = value;
        this.remaining = length;
    }

    @Override
    public int read() {
        if (remaining <= 0) {
            return -1;
        }
        remaining--;
        return value & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (remaining <= 0) {
            return -1;
        }
        int n = (int) Math.min(length, remaining);
        Arrays.fill(buffer, offset, offset + n, value);
        remaining -= n;
        return n;
    }
}
