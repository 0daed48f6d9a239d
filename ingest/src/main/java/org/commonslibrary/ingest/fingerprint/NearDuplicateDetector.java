package org.commonslibrary.ingest.fingerprint;

/**
 * Decides whether two texts are the same document in different file formats.
 *
 * <p>The threshold, {@value #THRESHOLD}, sits between what the two cases measure (see the tests): the same
 * text with other line breaks, glued hyphenations, page numbers and a running header keeps 0.8 to 1.0 of its
 * word 3-shingles, while two different case studies on the same subject in the same language share under
 * 0.1 and a translation shares almost none. A revised edition with a few paragraphs rewritten usually stays
 * above the threshold, which is wanted: an admin should be asked before a second copy is added.
 *
 * <p>Thread-safe.
 */
public final class NearDuplicateDetector {

    public static final double THRESHOLD = 0.5;

    public boolean isNearDuplicate(TextFingerprint a, TextFingerprint b) {
        return a.similarity(b) >= THRESHOLD;
    }

    public boolean isNearDuplicate(String a, String b) {
        return isNearDuplicate(TextFingerprint.of(a), TextFingerprint.of(b));
    }
}
