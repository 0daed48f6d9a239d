package org.commonslibrary.ingest.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

import org.commonslibrary.ingest.extraction.ExtractedDocument;

/**
 * Guesses what kind of document a text is (concept note, policy paper, case study, report, legal
 * instrument, event call, presentation) from phrases in its title and opening text, in English, French and
 * Spanish. The phrases live in {@code document-kinds.txt} so that librarians can tune them. Presentations
 * are also recognised by their file type. When no kind has enough evidence the answer is
 * {@value #DEFAULT_KIND}, the most common kind in the library.
 *
 * <p>Thread-safe.
 */
public final class DocumentKindClassifier {

    public static final String DEFAULT_KIND = "report";

    private static final int MIN_SCORE = 3;
    private static final int MAX_COUNTED_PER_PHRASE = 3;
    private static final int TEXT_CHARS_READ = 20_000;

    private final List<KindCues> kinds;

    public DocumentKindClassifier() {
        this.kinds = parse(ResourceLines.read(DocumentKindClassifier.class, "document-kinds.txt"));
    }

    /** Kind identifiers in the order the data file declares them. */
    public List<String> kinds() {
        List<String> ids = new ArrayList<>();
        for (KindCues kind : kinds) {
            ids.add(kind.id);
        }
        return ids;
    }

    public String classify(ExtractedDocument document) {
        return classify(document.title(), document.fullText(), document.mediaType());
    }

    /**
     * @param title     may be null
     * @param text      may be null; only its beginning is read
     * @param mediaType may be null
     */
    public String classify(String title, String text, String mediaType) {
        if (mediaType != null) {
            for (KindCues kind : kinds) {
                if (kind.mediaTypes.contains(mediaType)) {
                    return kind.id;
                }
            }
        }
        String titleWords = asWords(title == null ? "" : title);
        String opening = text == null ? "" : text.length() > TEXT_CHARS_READ ? text.substring(0, TEXT_CHARS_READ) : text;
        String textWords = asWords(opening);

        String best = DEFAULT_KIND;
        int bestScore = MIN_SCORE - 1;
        for (KindCues kind : kinds) {
            int score = 0;
            for (Cue cue : kind.titleCues) {
                if (titleWords.contains(cue.phrase)) {
                    score += cue.weight;
                }
            }
            for (Cue cue : kind.textCues) {
                score += cue.weight * Math.min(MAX_COUNTED_PER_PHRASE, occurrences(textWords, cue.phrase));
            }
            if (score > bestScore) {
                best = kind.id;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Folds case and accents and reduces punctuation to single spaces, with a space at both ends, so that
     * searching for " phrase " finds whole words only.
     */
    private static String asWords(String text) {
        List<String> words = LanguageDetector.words(TextFolding.fold(text));
        return " " + String.join(" ", words) + " ";
    }

    private static int occurrences(String haystack, String needle) {
        int count = 0;
        int from = 0;
        while (count < MAX_COUNTED_PER_PHRASE) {
            int found = haystack.indexOf(needle, from);
            if (found < 0) {
                break;
            }
            count++;
            // The needle ends with a space that may start the next occurrence.
            from = found + needle.length() - 1;
        }
        return count;
    }

    private static List<KindCues> parse(List<String> lines) {
        Map<String, KindCues> kinds = new LinkedHashMap<>();
        KindCues current = null;
        for (String line : lines) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = kinds.computeIfAbsent(line.substring(1, line.length() - 1).strip(), KindCues::new);
                continue;
            }
            int colon = line.indexOf(':');
            if (current == null || colon < 0) {
                throw new IllegalStateException("document-kinds.txt: cannot read line: " + line);
            }
            String[] field = line.substring(0, colon).strip().split("\\s+");
            String[] phrases = line.substring(colon + 1).split(";");
            switch (field[0]) {
                case "media" -> {
                    for (String phrase : phrases) {
                        current.mediaTypes.add(phrase.strip());
                    }
                }
                case "title", "text" -> {
                    int weight = Integer.parseInt(field[1]);
                    List<Cue> target = field[0].equals("title") ? current.titleCues : current.textCues;
                    for (String phrase : phrases) {
                        String words = asWords(phrase);
                        if (!words.isBlank()) {
                            target.add(new Cue(words, weight));
                        }
                    }
                }
                default -> throw new IllegalStateException("document-kinds.txt: unknown field " + field[0]);
            }
        }
        if (!kinds.containsKey(DEFAULT_KIND)) {
            throw new IllegalStateException("document-kinds.txt must define the default kind " + DEFAULT_KIND);
        }
        return new ArrayList<>(kinds.values());
    }

    private record Cue(String phrase, int weight) {
    }

    private static final class KindCues {
        final String id;
        final Set<String> mediaTypes = new HashSet<>();
        final List<Cue> titleCues = new ArrayList<>();
        final List<Cue> textCues = new ArrayList<>();

        KindCues(String id) {
            this.id = id;
        }
    }
}
