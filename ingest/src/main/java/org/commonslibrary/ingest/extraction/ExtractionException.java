package org.commonslibrary.ingest.extraction;

import java.util.Objects;
import java.util.Optional;

/**
 * A file that could not be turned into text. {@link #getMessage()} is written for the person who uploaded
 * the file (in English); {@link #reason()} is the stable key a user interface can translate instead.
 * Technical detail, when there is any, is in {@link #getCause()}.
 */
public final class ExtractionException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        EMPTY_FILE,
        TOO_LARGE,
        ENCRYPTED,
        CORRUPT,
        UNSUPPORTED_TYPE,
        TIMEOUT,
        OUT_OF_MEMORY,
        NO_TEXT,
        INTERNAL
    }

    private final Reason reason;
    private final String detectedMediaType;

    public ExtractionException(Reason reason, String message) {
        this(reason, message, null, null);
    }

    public ExtractionException(Reason reason, String message, Throwable cause) {
        this(reason, message, null, cause);
    }

    public ExtractionException(Reason reason, String message, String detectedMediaType, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detectedMediaType = detectedMediaType;
    }

    public Reason reason() {
        return reason;
    }

    /** The media type detected from the file's content, when detection got that far. */
    public Optional<String> detectedMediaType() {
        return Optional.ofNullable(detectedMediaType);
    }
}
