package org.commonslibrary.search.api;

/** A rebuild that stopped; the previous indexes serve searches and writes again. */
public class IndexRebuildException extends Exception {

    public IndexRebuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
