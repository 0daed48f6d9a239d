package org.commonslibrary.web.search;

/** A rebuild was asked for while another one runs. */
public class RebuildInProgressException extends RuntimeException {

    public RebuildInProgressException(RebuildStatus running) {
        super("A rebuild of the search indexes is already running (started by " + running.startedBy() + " at "
                + running.startedAt() + "); wait until it ends.");
    }
}
