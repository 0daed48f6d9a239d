package org.commonslibrary.devnode;

/** A forked node did not become ready; the message carries the end of its log. */
public final class DevNodeStartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DevNodeStartupException(String message) {
        super(message);
    }

    public DevNodeStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
