package org.commonslibrary.ingest.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonslibrary.ingest.extraction.ExtractedDocument;
import org.commonslibrary.ingest.extraction.ExtractedPage;

/**
 * Tells English, French and Spanish apart, or answers {@value #UNDETERMINED}.
 *
 * <p>Three kinds of evidence are added up per language, all from {@code language-profiles.txt}: how likely
 * the text's character trigrams are under a profile built from a sample text (naive Bayes with additive
 * smoothing), how many of its words are that language's stopwords, and letters or elisions typical of it
 * ("ñ", "ç", "l'"). Words and trigrams are compared without accents, so text typed without them is still
 * recognised; accents, when present, add evidence.
 *
 * <p>It says {@value #UNDETERMINED} rather than guess when a text is too short to tell, when the leading
 * language is not clearly ahead, or when the text reads like another language: too few of our stopwords,
 * or as many stopwords of German, Italian, Portuguese, Dutch or Catalan.
 *
 * <p>Thread-safe.
 */
public final class LanguageDetector {

    public static final String UNDETERMINED = "und";

    private static final double SMOOTHING = 0.5;
    private static final double STOPWORD_WEIGHT = 1.0;
    private static final double MARK_WEIGHT = 1.5;
    private static final int MAX_MARKS_COUNTED = 12;
    private static final double ELISION_WEIGHT = 1.5;
    private static final int MIN_LETTERS = 12;
    private static final int MIN_WORDS = 3;
    /** Below this many words, the stopword share is too noisy to judge. */
    private static final int WORDS_FOR_SHARE_TEST = 8;
    private static final double MIN_STOPWORD_SHARE = 0.12;
    private static final double MIN_CONFIDENCE = 0.95;
    private static final int MAX_CHARS_ANALYSED = 50_000;
    private static final int DOCUMENT_SAMPLE_CHARS = 20_000;

    private final List<LanguageProfile> answerable = new ArrayList<>();
    private final List<LanguageProfile> rejected = new ArrayList<>();

    public LanguageDetector() {
        List<LanguageProfile> profiles = parse(ResourceLines.read(LanguageDetector.class, "language-profiles.txt"));
        Set<String> vocabulary = new HashSet<>();
        Set<String> ourStopwords = new HashSet<>();
        for (LanguageProfile profile : profiles) {
            if (profile.answerable) {
                answerable.add(profile);
                ourStopwords.addAll(profile.stopwords);
                for (String word : words(TextFolding.fold(profile.sample))) {
                    for (String trigram : LanguageProfile.trigrams(word)) {
                        profile.trigramCounts.merge(trigram, 1, Integer::sum);
                        vocabulary.add(trigram);
                    }
                }
            } else {
                rejected.add(profile);
            }
        }
        for (LanguageProfile profile : answerable) {
            profile.computeProbabilities(vocabulary.size() + 1, SMOOTHING);
        }
        // A word shared with one of our languages would make that language's own texts look foreign.
        for (LanguageProfile profile : rejected) {
            profile.stopwords.removeAll(ourStopwords);
        }
        if (answerable.isEmpty()) {
            throw new IllegalStateException("language-profiles.txt defines no language");
        }
    }

    public String detect(CharSequence text) {
        return guess(text).language();
    }

    /** The language of most of the document's text, judged on a sample from its first pages. */
    public String detect(ExtractedDocument document) {
        StringBuilder sample = new StringBuilder();
        for (ExtractedPage page : document.pages()) {
            if (sample.length() >= DOCUMENT_SAMPLE_CHARS) {
                break;
            }
            sample.append(page.text()).append("\n\n");
        }
        return detect(sample);
    }

    public LanguageGuess guess(CharSequence text) {
        String original = text.length() > MAX_CHARS_ANALYSED
                ? text.subSequence(0, MAX_CHARS_ANALYSED).toString() : text.toString();
        String folded = TextFolding.fold(original);
        List<String> words = words(folded);
        long letters = folded.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS || words.size() < MIN_WORDS) {
            return new LanguageGuess(UNDETERMINED, 0);
        }

        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Integer> stopwordHits = new LinkedHashMap<>();
        String lowerCase = original.toLowerCase(Locale.ROOT);
        for (LanguageProfile profile : answerable) {
            double score = 0;
            int hits = 0;
            for (String word : words) {
                for (String trigram : LanguageProfile.trigrams(word)) {
                    score += profile.logProbability(trigram);
                }
                if (profile.stopwords.contains(word)) {
                    hits++;
                }
            }
            score += STOPWORD_WEIGHT * hits;
            score += MARK_WEIGHT * Math.min(MAX_MARKS_COUNTED, countMarks(lowerCase, profile.marks));
            score += ELISION_WEIGHT * countElisions(folded, profile.elisions);
            scores.put(profile.code, score);
            stopwordHits.put(profile.code, hits);
        }

        String best = null;
        for (Map.Entry<String, Double> entry : scores.entrySet()) {
            if (best == null || entry.getValue() > scores.get(best)) {
                best = entry.getKey();
            }
        }
        double confidence = softmax(scores, best);
        int bestHits = stopwordHits.get(best);
        boolean tooFewStopwords = words.size() >= WORDS_FOR_SHARE_TEST
                ? bestHits < MIN_STOPWORD_SHARE * words.size()
                : bestHits == 0;
        if (confidence < MIN_CONFIDENCE || tooFewStopwords || readsAsOtherLanguage(words, lowerCase, bestHits)) {
            return new LanguageGuess(UNDETERMINED, confidence);
        }
        return new LanguageGuess(best, confidence);
    }

    /**
     * Another language's own stopwords and letters ("ã", "l·l") weigh against ours: Portuguese, Catalan or
     * Italian share many short words with Spanish and French and would otherwise be taken for them.
     */
    private boolean readsAsOtherLanguage(List<String> words, String lowerCase, int bestHits) {
        for (LanguageProfile profile : rejected) {
            int evidence = 2 * Math.min(MAX_MARKS_COUNTED, countMarks(lowerCase, profile.marks));
            for (String word : words) {
                if (profile.stopwords.contains(word)) {
                    evidence++;
                }
            }
            if (evidence >= 2 && 2 * evidence >= bestHits) {
                return true;
            }
        }
        return false;
    }

    private static double softmax(Map<String, Double> scores, String of) {
        double top = scores.get(of);
        double sum = 0;
        for (double score : scores.values()) {
            sum += Math.exp(score - top);
        }
        return 1 / sum;
    }

    private static int countMarks(String lowerCase, Set<Integer> marks) {
        if (marks.isEmpty()) {
            return 0;
        }
        return (int) lowerCase.codePoints().filter(marks::contains).count();
    }

    /** "l'eau", "qu'il": an eliding word, an apostrophe, then a letter. */
    private static int countElisions(String folded, Set<String> elisions) {
        if (elisions.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (int i = 1; i + 1 < folded.length(); i++) {
            if (folded.charAt(i) != '\'' || !Character.isLetter(folded.charAt(i + 1))) {
                continue;
            }
            int start = i;
            while (start > 0 && Character.isLetter(folded.charAt(start - 1))) {
                start--;
            }
            if (start < i && elisions.contains(folded.substring(start, i))) {
                count++;
            }
        }
        return count;
    }

    static List<String> words(CharSequence folded) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && Character.isLetter(folded.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(folded.subSequence(start, i).toString());
                start = -1;
            }
        }
        return words;
    }

    private static List<LanguageProfile> parse(List<String> lines) {
        List<LanguageProfile> profiles = new ArrayList<>();
        LanguageProfile current = null;
        String section = "";
        for (String line : lines) {
            if (line.startsWith("@language ") || line.startsWith("@reject ")) {
                String[] parts = line.split("\\s+");
                current = new LanguageProfile(parts[1], parts[0].equals("@language"));
                profiles.add(current);
                section = "";
            } else if (line.startsWith("@")) {
                section = line;
            } else if (current != null) {
                switch (section) {
                    case "@stopwords" -> {
                        for (String word : line.split("\\s+")) {
                            current.stopwords.add(TextFolding.fold(word));
                        }
                    }
                    case "@marks" -> {
                        for (String mark : line.split("\\s+")) {
                            current.marks.add(mark.toLowerCase(Locale.ROOT).codePointAt(0));
                        }
                    }
                    case "@elisions" -> {
                        for (String elision : line.split("\\s+")) {
                            current.elisions.add(TextFolding.fold(elision));
                        }
                    }
                    case "@sample" -> current.sample.append(line).append(' ');
                    default -> throw new IllegalStateException("language-profiles.txt: text outside a section: " + line);
                }
            }
        }
        return profiles;
    }
}
