package org.commonslibrary.bench.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contractions French and Spanish make where a slot's words meet the template's ("de le" is "du",
 * "de aide" is "d'aide", "de el" is "del"), so recombined sentences read as the languages are written.
 */
final class Contractions {

    private record Rule(Pattern pattern, String replacement) {
    }

    // Not "h": whether it elides depends on the word (l'habitat, but la hausse).
    private static final String VOWEL = "[aeiouyàâéèêëîïôœAEIOUYÀÂÉÈÊÎÔ]";
    private static final List<Rule> FRENCH = List.of(
            rule("\\bde le ", "du "), rule("\\bde les ", "des "), rule("\\bà le ", "au "), rule("\\bà les ", "aux "),
            rule("\\b([dD])e (" + VOWEL + ")", "$1'$2"), rule("\\b([qQ]u)e (" + VOWEL + ")", "$1'$2"));
    private static final List<Rule> SPANISH = List.of(rule("\\bde el ", "del "), rule("\\ba el ", "al "));

    private Contractions() {
    }

    static String apply(String language, String text) {
        List<Rule> rules = switch (language) {
            case "fr" -> FRENCH;
            case "es" -> SPANISH;
            default -> List.of();
        };
        String result = text;
        for (Rule rule : rules) {
            result = rule.pattern().matcher(result).replaceAll(rule.replacement());
        }
        return result;
    }

    private static Rule rule(String pattern, String replacement) {
        return new Rule(Pattern.compile(pattern), replacement);
    }
}
