package org.commonslibrary.ingest.tagging;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonslibrary.model.vocabulary.Concept;
import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.model.vocabulary.ConceptType;

/**
 * All labels of a scheme, keyed for text of one language. A key is the concatenation of a label's words with
 * nothing in between, so "co-management", "co management" and "comanagement" share one key; how the words are
 * normalised depends on the label:
 * <ul>
 *   <li>acronyms (labels without lower-case letters: SSE, ODD, "SDG 6") keep their case, so "odd" and
 *       "Odd" are not the French SDGs;</li>
 *   <li>labels the rules mark exact are folded only;</li>
 *   <li>all others are folded and stemmed with the text language's {@link Inflection}.</li>
 * </ul>
 * Labels of every language are indexed whatever the text's language; the language only picks the stemming.
 * Immutable once built.
 */
final class LabelIndex {

    /** What a key leads to: a concept, or nothing for a blocking phrase. */
    record Target(String conceptId, ConceptType type) {
        static final Target BLOCK = new Target(null, null);

        boolean isBlock() {
            return conceptId == null;
        }
    }

    private final Inflection inflection;
    private final Map<String, Set<Target>> stemmed = new HashMap<>();
    private final Map<String, Set<Target>> folded = new HashMap<>();
    private final Map<String, Set<Target>> cased = new HashMap<>();
    /** Every beginning of a key of each map, so that scanning a text can stop as soon as no label can follow. */
    private final Set<String> stemmedPrefixes = new HashSet<>();
    private final Set<String> foldedPrefixes = new HashSet<>();
    private final Set<String> casedPrefixes = new HashSet<>();

    LabelIndex(ConceptScheme scheme, TaggingRules rules, Inflection inflection) {
        this.inflection = inflection;
        for (Concept concept : scheme.all()) {
            Target target = new Target(concept.id(), concept.type());
            for (String language : Concept.LANGUAGES) {
                for (String label : concept.allLabels(language)) {
                    if (!rules.isIgnored(label) && rules.allows(label, language, inflection.language())) {
                        add(label, target, rules.isExact(label));
                    }
                }
            }
        }
        for (String phrase : rules.blockingPhrases()) {
            add(phrase, Target.BLOCK, false);
        }
    }

    Inflection inflection() {
        return inflection;
    }

    /** Whether some key of the matching kind starts with the given concatenation of words. */
    boolean mayContinue(CharSequence stemmedSoFar, CharSequence foldedSoFar, CharSequence rawSoFar) {
        return stemmedPrefixes.contains(stemmedSoFar.toString()) || foldedPrefixes.contains(foldedSoFar.toString())
                || casedPrefixes.contains(rawSoFar.toString());
    }

    Set<Target> stemmed(String key) {
        return stemmed.getOrDefault(key, Set.of());
    }

    Set<Target> folded(String key) {
        return folded.getOrDefault(key, Set.of());
    }

    Set<Target> cased(String key) {
        return cased.getOrDefault(key, Set.of());
    }

    private void add(String label, Target target, boolean exact) {
        List<Token> tokens = Tokenizer.tokenize(label);
        if (tokens.isEmpty()) {
            return;
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (!tokens.get(i).joinsPrevious()) {
                // Descriptive labels with punctuation ("SDG 6: clean water and sanitation") would never match
                // as a whole; their parts are listed as labels of their own where they are useful.
                return;
            }
        }
        StringBuilder key = new StringBuilder();
        Map<String, Set<Target>> map;
        Set<String> prefixes;
        if (isAcronym(label)) {
            tokens.forEach(t -> key.append(t.raw()));
            map = cased;
            prefixes = casedPrefixes;
        } else if (exact) {
            tokens.forEach(t -> key.append(t.folded()));
            map = folded;
            prefixes = foldedPrefixes;
        } else {
            tokens.forEach(t -> key.append(inflection.stem(t.folded())));
            map = stemmed;
            prefixes = stemmedPrefixes;
        }
        map.computeIfAbsent(key.toString(), k -> new LinkedHashSet<>()).add(target);
        for (int end = 1; end <= key.length(); end++) {
            prefixes.add(key.substring(0, end));
        }
    }

    private static boolean isAcronym(String label) {
        boolean hasLetter = false;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            hasLetter |= Character.isLetter(c);
        }
        return hasLetter;
    }
}
