package org.commonslibrary.ingest.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonslibrary.ingest.text.ResourceLines;
import org.commonslibrary.ingest.text.TextFolding;

/**
 * How far the tagger trusts the vocabulary's labels, read from {@value #RESOURCE}: labels that must be matched
 * exactly as written (no stemming), labels that must only be matched in their own language (false friends),
 * labels not used for tagging at all, and blocking phrases that contain a label without meaning its concept.
 * Kept apart from the concept scheme because these are properties of automatic matching, not of the concepts.
 */
public final class TaggingRules {

    public static final String RESOURCE = "tagging-rules.txt";

    private final Set<String> exact;
    private final Set<String> ignored;
    private final Map<String, String> nativeOnly;
    private final List<String> blockingPhrases;

    private TaggingRules(Set<String> exact, Set<String> ignored, Map<String, String> nativeOnly,
                         List<String> blockingPhrases) {
        this.exact = Set.copyOf(exact);
        this.ignored = Set.copyOf(ignored);
        this.nativeOnly = Map.copyOf(nativeOnly);
        this.blockingPhrases = List.copyOf(blockingPhrases);
    }

    public static TaggingRules standard() {
        return parse(ResourceLines.read(TaggingRules.class, RESOURCE));
    }

    public static TaggingRules none() {
        return new TaggingRules(Set.of(), Set.of(), Map.of(), List.of());
    }

    /**
     * @param lines non-comment lines, each {@code exact: label}, {@code ignore: label},
     *              {@code native <lang>: label} or {@code block: phrase}
     */
    public static TaggingRules parse(List<String> lines) {
        Set<String> exact = new HashSet<>();
        Set<String> ignored = new HashSet<>();
        Map<String, String> nativeOnly = new HashMap<>();
        List<String> blocking = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(RESOURCE + ": expected 'rule: label', got: " + line);
            }
            String[] rule = line.substring(0, colon).strip().split("\\s+");
            String label = line.substring(colon + 1).strip();
            if (label.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": empty label in: " + line);
            }
            switch (rule[0]) {
                case "exact" -> exact.add(key(label));
                case "ignore" -> ignored.add(key(label));
                case "block" -> blocking.add(label);
                case "native" -> {
                    if (rule.length != 2) {
                        throw new IllegalStateException(RESOURCE + ": 'native' needs a language, e.g. 'native fr: sol'");
                    }
                    nativeOnly.put(key(label), rule[1]);
                }
                default -> throw new IllegalStateException(RESOURCE + ": unknown rule '" + rule[0] + "' in: " + line);
            }
        }
        return new TaggingRules(exact, ignored, nativeOnly, blocking);
    }

    boolean isExact(String label) {
        return exact.contains(key(label));
    }

    boolean isIgnored(String label) {
        return ignored.contains(key(label));
    }

    /** Whether a label of {@code labelLanguage} may be matched in text of {@code textLanguage}. */
    boolean allows(String label, String labelLanguage, String textLanguage) {
        String home = nativeOnly.get(key(label));
        return home == null || !home.equals(labelLanguage) || home.equals(textLanguage);
    }

    List<String> blockingPhrases() {
        return blockingPhrases;
    }

    /** Rules name labels loosely: case, accents and the spacing or hyphenation of words do not matter. */
    private static String key(String label) {
        StringBuilder key = new StringBuilder();
        for (Token token : Tokenizer.tokenize(label)) {
            key.append(token.folded());
        }
        return key.length() == 0 ? TextFolding.fold(label) : key.toString();
    }
}
