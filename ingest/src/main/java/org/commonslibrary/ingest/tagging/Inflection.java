package org.commonslibrary.ingest.tagging;

import java.util.List;
import java.util.Locale;

/**
 * Light, explainable stemming of one folded word (lower case, no accents), per language: first the plural
 * ending is removed, then at most one inflectional or derivational ending, and only when a stem of a safe length
 * remains. Labels and text go through the same rules, so "remunicipalisation", "remunicipalised" and
 * "remunicipalizing" meet at "remunicipalis", "cooperativas" and "cooperativa" at "cooperativ", "clauses
 * sociales" and "clause sociale" at "claus social".
 *
 * <p>This is deliberately weaker than a full stemmer: it only has to bring a label's own variants together,
 * and each extra rule is a chance to merge a label with an unrelated everyday word. Words whose stem collides
 * anyway ("commons" and "common") are listed as exact-only in the tagging rules.
 */
enum Inflection {

    ENGLISH(List.of(
            new Ending("ation", 3), new Ending("ement", 3), new Ending("ment", 3),
            new Ending("ing", 5), new Ending("ed", 5), new Ending("e", 3))) {
        @Override
        String singular(String word) {
            // British and American spellings: organisation/organization, remunicipalised/remunicipalized.
            String w = word.replace("iz", "is");
            if (w.length() > 4 && w.endsWith("ies")) {
                return w.substring(0, w.length() - 3) + "y";
            }
            return dropFinalS(w);
        }

        @Override
        String afterEnding(String stem) {
            // "city"/"cities", "energy"/"energies" end up alike once the plural "ies" became "y".
            return stem.length() > 3 && stem.endsWith("y") ? stem.substring(0, stem.length() - 1) + "i" : stem;
        }
    },

    FRENCH(List.of(
            new Ending("ation", 3), new Ending("ent", 4), new Ending("ee", 3), new Ending("er", 3),
            new Ending("e", 3))) {
        @Override
        String singular(String word) {
            if (word.length() > 4 && word.endsWith("eaux")) {
                return word.substring(0, word.length() - 1);
            }
            if (word.length() > 4 && word.endsWith("aux")) {
                return word.substring(0, word.length() - 3) + "al";
            }
            if (word.length() > 3 && word.endsWith("x")) {
                return word.substring(0, word.length() - 1);
            }
            return dropFinalS(word);
        }
    },

    SPANISH(List.of(
            new Ending("acion", 3), new Ending("aron", 3), new Ending("ando", 3), new Ending("ado", 3),
            new Ending("ada", 3), new Ending("ar", 3), new Ending("o", 3), new Ending("a", 3),
            new Ending("e", 3))) {
        @Override
        String singular(String word) {
            int n = word.length();
            if (n > 4 && word.endsWith("es") && !isVowel(word.charAt(n - 3))) {
                return word.substring(0, n - 2);
            }
            return dropFinalS(word);
        }
    },

    /** For text of no known language: plurals only, the one rule the three languages share. */
    NEUTRAL(List.of()) {
        @Override
        String singular(String word) {
            return dropFinalS(word);
        }
    };

    private final List<Ending> endings;

    Inflection(List<Ending> endings) {
        this.endings = endings;
    }

    static Inflection forLanguage(String language) {
        if (language == null) {
            return NEUTRAL;
        }
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "en" -> ENGLISH;
            case "fr" -> FRENCH;
            case "es" -> SPANISH;
            default -> NEUTRAL;
        };
    }

    /** The language code whose labels are native to this rule set, or null for {@link #NEUTRAL}. */
    String language() {
        return switch (this) {
            case ENGLISH -> "en";
            case FRENCH -> "fr";
            case SPANISH -> "es";
            case NEUTRAL -> null;
        };
    }

    /** @param folded a word already folded by {@code TextFolding} */
    String stem(String folded) {
        if (!isAllLetters(folded)) {
            return folded;
        }
        String word = singular(folded);
        for (Ending ending : endings) {
            if (word.endsWith(ending.suffix) && word.length() - ending.suffix.length() >= ending.minStem) {
                return afterEnding(word.substring(0, word.length() - ending.suffix.length()));
            }
        }
        return afterEnding(word);
    }

    abstract String singular(String word);

    String afterEnding(String stem) {
        return stem;
    }

    private static String dropFinalS(String word) {
        int n = word.length();
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static boolean isAllLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    private record Ending(String suffix, int minStem) {
    }
}
