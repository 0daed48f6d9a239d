package org.commonslibrary.ingest.text;

/**
 * @param language   "en", "fr", "es", or {@link LanguageDetector#UNDETERMINED}
 * @param confidence probability of {@code language} against the other two, between 0 and 1; for
 *                   "und", the probability the leading candidate had
 */
public record LanguageGuess(String language, double confidence) {
}
