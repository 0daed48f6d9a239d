package org.commonslibrary.search.api;

/** A paging cursor that the search did not give out, or gave out for another order of results. */
public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException(String message) {
        super(message);
    }
}
