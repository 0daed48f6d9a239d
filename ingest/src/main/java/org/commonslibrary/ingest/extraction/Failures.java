package org.commonslibrary.ingest.extraction;

import java.util.Locale;

import org.commonslibrary.ingest.extraction.ExtractionException.Reason;

/** The wording of every refusal, in one place so the messages stay consistent and plain. */
final class Failures {

    private Failures() {
    }

    static ExtractionException emptyFile() {
        return new ExtractionException(Reason.EMPTY_FILE,
                "The file is empty (0 bytes). Check that the upload finished and try again.");
    }

    static ExtractionException fileTooLarge(long bytes, long maxBytes) {
        return new ExtractionException(Reason.TOO_LARGE,
                "The file is " + size(bytes) + " and the limit is " + size(maxBytes)
                        + ". Reduce the size of its images or split it into several files, then upload again.");
    }

    static ExtractionException tooMuchText(int maxCharacters, String mediaType, Throwable cause) {
        return new ExtractionException(Reason.TOO_LARGE,
                "The document has more than " + String.format(Locale.ROOT, "%,d", maxCharacters)
                        + " characters of text, more than the library indexes for one file. "
                        + "Split it into several files and upload them separately.", mediaType, cause);
    }

    static ExtractionException unsupported(String mediaType) {
        String what = "application/octet-stream".equals(mediaType)
                ? "The format of this file could not be recognised from its content"
                : "This file is in a format the library does not accept: " + AcceptedFormats.describe(mediaType);
        return new ExtractionException(Reason.UNSUPPORTED_TYPE,
                what + ". Accepted formats: " + AcceptedFormats.acceptedList() + ".", mediaType, null);
    }

    static ExtractionException encrypted(String mediaType, Throwable cause) {
        String message = AcceptedFormats.PDF.equals(mediaType)
                ? "The PDF is password-protected; remove the password and upload it again."
                : "The document is password-protected; remove the password (save an unprotected copy) and "
                        + "upload it again.";
        return new ExtractionException(Reason.ENCRYPTED, message, mediaType, cause);
    }

    static ExtractionException extractionForbidden(String mediaType, Throwable cause) {
        return new ExtractionException(Reason.ENCRYPTED,
                "The document's security settings forbid copying its text; save a copy without those "
                        + "restrictions and upload it again.", mediaType, cause);
    }

    static ExtractionException corrupt(String mediaType, Throwable cause) {
        return new ExtractionException(Reason.CORRUPT,
                "The file could not be read: it appears to be damaged or incomplete. Open it in the program "
                        + "that created it, save it again and upload the new copy.", mediaType, cause);
    }

    static ExtractionException crashed(String mediaType, Throwable cause) {
        return new ExtractionException(Reason.CORRUPT,
                "Reading the file stopped unexpectedly, which usually means it is damaged. Open it in the "
                        + "program that created it, save it again and upload the new copy.", mediaType, cause);
    }

    static ExtractionException timedOut(java.time.Duration timeout, String mediaType) {
        return new ExtractionException(Reason.TIMEOUT,
                "Reading the file took longer than " + timeout.toSeconds() + " seconds and was stopped. "
                        + "The file may be damaged or unusually complex; try saving it again, or split it "
                        + "into smaller files.", mediaType, null);
    }

    static ExtractionException outOfMemory(String mediaType) {
        return new ExtractionException(Reason.OUT_OF_MEMORY,
                "Reading the file needed more memory than one document is allowed and was stopped. "
                        + "The file may be damaged or extremely large; try saving it again (for example "
                        + "with \"Save as PDF\") or split it into smaller files.", mediaType, null);
    }

    static ExtractionException noText(String mediaType) {
        String message = AcceptedFormats.PDF.equals(mediaType)
                ? "The PDF has no selectable text; it is probably a scanned image. Run text recognition (OCR) "
                        + "on it, for example with \"Save as searchable PDF\", and upload it again."
                : "The file contains no text to index.";
        return new ExtractionException(Reason.NO_TEXT, message, mediaType, null);
    }

    static ExtractionException fileMissing(Throwable cause) {
        return new ExtractionException(Reason.INTERNAL,
                "The uploaded file could not be found on the server; please upload it again.", cause);
    }

    static ExtractionException busy() {
        return new ExtractionException(Reason.INTERNAL,
                "The text extraction service is busy; please try again in a few minutes.");
    }

    static ExtractionException internal(Throwable cause) {
        return new ExtractionException(Reason.INTERNAL,
                "The text extraction service failed unexpectedly; please try again later. If it keeps "
                        + "failing, report the file to an administrator.", cause);
    }

    static ExtractionException interrupted() {
        return new ExtractionException(Reason.INTERNAL,
                "The extraction was cancelled because the server is shutting down; please upload the file "
                        + "again later.");
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        double mb = bytes / (1024.0 * 1024.0);
        return mb < 10 ? String.format(Locale.ROOT, "%.1f MB", mb) : Math.round(mb) + " MB";
    }
}
