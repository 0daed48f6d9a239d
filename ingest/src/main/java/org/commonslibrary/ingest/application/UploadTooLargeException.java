package org.commonslibrary.ingest.application;

/** An upload went past the size limit; nothing of it was kept. */
public class UploadTooLargeException extends Exception {

    private final long limitBytes;

    public UploadTooLargeException(long limitBytes) {
        super("The file is larger than the limit of " + (limitBytes / (1024 * 1024)) + " MB.");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
