package org.commonslibrary.search.api;

/** A whole result set was asked for, and it holds more hits than may be handed out at once. */
public class ResultSetTooLargeException extends RuntimeException {

    private final long total;
    private final int max;

    public ResultSetTooLargeException(long total, int max) {
        super("The search has " + total + " results; at most " + max + " can be exported at once. "
                + "Narrow it with a query or facets.");
        this.total = total;
        this.max = max;
    }

    public long total() {
        return total;
    }

    public int max() {
        return max;
    }
}
