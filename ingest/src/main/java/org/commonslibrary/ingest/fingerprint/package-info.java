/**
 * Near-duplicate detection for "the same text in another format": a MinHash {@link
 * org.commonslibrary.ingest.fingerprint.TextFingerprint} of a document's normalised words, storable in a short
 * column, and {@link org.commonslibrary.ingest.fingerprint.NearDuplicateDetector} with its threshold.
 */
package org.commonslibrary.ingest.fingerprint;
