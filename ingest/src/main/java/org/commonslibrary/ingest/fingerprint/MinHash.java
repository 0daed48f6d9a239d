package org.commonslibrary.ingest.fingerprint;

import java.util.Arrays;
import java.util.List;

/**
 * A MinHash signature of a text's word 3-shingles, keeping the lowest 8 bits of each of 128 minima ("b-bit
 * MinHash", Li and König). Two texts agree in a slot with probability J + (1 - J) / 256, where J is the
 * Jaccard similarity of their shingle sets, so J can be estimated from the share of agreeing slots. 128
 * one-byte slots give a standard error of at most 0.045 in 1,024 bits, which fits a short database column;
 * fewer wider slots would spend the same bits on a noisier estimate.
 *
 * <p>The hash functions are fixed (FNV-1a over the shingle, then a SplitMix64 finaliser per slot), so
 * signatures stored years apart remain comparable. Changing them requires a new version prefix in
 * {@link TextFingerprint#encoded()}.
 */
final class MinHash {

    static final int SLOTS = 128;
    static final int SHINGLE_WORDS = 3;

    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    /** @return the signature, or null when there are no words at all */
    static byte[] signature(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        long[] minima = new long[SLOTS];
        Arrays.fill(minima, -1L); // the largest unsigned value
        // A text shorter than a shingle is one shingle: a two-word title still compares with itself.
        int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int i = 0; i < shingles; i++) {
            long hash = shingleHash(words, i, Math.min(words.size(), i + SHINGLE_WORDS));
            for (int slot = 0; slot < SLOTS; slot++) {
                long value = mix(hash ^ SEEDS[slot]);
                if (Long.compareUnsigned(value, minima[slot]) < 0) {
                    minima[slot] = value;
                }
            }
        }
        byte[] signature = new byte[SLOTS];
        for (int slot = 0; slot < SLOTS; slot++) {
            signature[slot] = (byte) minima[slot];
        }
        return signature;
    }

    /** The estimated Jaccard similarity of the two shingle sets, corrected for chance agreement of 8 bits. */
    static double similarity(byte[] a, byte[] b) {
        int agreeing = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            if (a[slot] == b[slot]) {
                agreeing++;
            }
        }
        double chance = 1.0 / 256;
        double estimate = ((double) agreeing / SLOTS - chance) / (1 - chance);
        return Math.max(0, Math.min(1, estimate));
    }

    private static long shingleHash(List<String> words, int from, int to) {
        long hash = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            String word = words.get(i);
            for (int c = 0; c < word.length(); c++) {
                hash = (hash ^ word.charAt(c)) * 0x100000001b3L;
            }
            hash = (hash ^ ' ') * 0x100000001b3L;
        }
        return hash;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[SLOTS];
        long state = 0x5EED_C0DE_2024_0001L;
        for (int slot = 0; slot < SLOTS; slot++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[slot] = mix(state);
        }
        return seeds;
    }
}
