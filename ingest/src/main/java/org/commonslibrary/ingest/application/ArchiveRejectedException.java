package org.commonslibrary.ingest.application;

/** An uploaded archive that is refused as a whole; the message says why, for the person who sent it. */
public class ArchiveRejectedException extends Exception {

    public ArchiveRejectedException(String message) {
        super(message);
    }
}
