package org.commonslibrary.ingest.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What {@link LanguageDetector} knows about one language, as read from {@code language-profiles.txt}. */
final class LanguageProfile {

    final String code;
    final boolean answerable;
    final Set<String> stopwords = new HashSet<>();
    final Set<Integer> marks = new HashSet<>();
    final Set<String> elisions = new HashSet<>();
    final Map<String, Integer> trigramCounts = new HashMap<>();
    final StringBuilder sample = new StringBuilder();
    private Map<String, Double> trigramLogProbabilities = Map.of();
    private double unseenLogProbability;

    LanguageProfile(String code, boolean answerable) {
        this.code = code;
        this.answerable = answerable;
    }

    double logProbability(String trigram) {
        return trigramLogProbabilities.getOrDefault(trigram, unseenLogProbability);
    }

    /** Additive smoothing: a trigram the sample never shows is unlikely, not impossible. */
    void computeProbabilities(int vocabularySize, double smoothing) {
        long total = 0;
        for (int count : trigramCounts.values()) {
            total += count;
        }
        double denominator = total + smoothing * vocabularySize;
        Map<String, Double> logProbabilities = new HashMap<>();
        for (Map.Entry<String, Integer> entry : trigramCounts.entrySet()) {
            logProbabilities.put(entry.getKey(), Math.log((entry.getValue() + smoothing) / denominator));
        }
        this.trigramLogProbabilities = logProbabilities;
        this.unseenLogProbability = Math.log(smoothing / denominator);
    }

    static List<String> trigrams(String foldedWord) {
        String padded = "_" + foldedWord + "_";
        if (padded.length() < 3) {
            return List.of();
        }
        String[] grams = new String[padded.length() - 2];
        for (int i = 0; i < grams.length; i++) {
            grams[i] = padded.substring(i, i + 3);
        }
        return List.of(grams);
    }
}
