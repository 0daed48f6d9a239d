package org.commonslibrary.ingest.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonslibrary.ingest.text.TextFolding;

/**
 * Who took part in a case and what came of it, as its source passages say: actors are named organisations
 * (a run of capitalised words holding a word such as Council, Régie or Cooperativa) and kinds of people
 * ("residents", "vecinos"); outcomes are the sentences that report a result ("prices fell", "redujo").
 * Cue words live in {@code case-cues.txt}. The findings are proposals for a curator, like the case itself.
 */
public final class CaseDetailsFinder {

    /** A proposal keeps its few strongest details; a curator can add the rest. */
    static final int MAX_ACTORS = 8;
    static final int MAX_OUTCOMES = 4;
    private static final int MAX_OUTCOME_LENGTH = 400;

    // Capitalised words, possibly joined by short particles ("Eau de Paris", "Consejo de la Ciudad").
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:de|del|des|du|la|le|las|los|of|the|for|y|et|and|d'|l')\\s+)*\\p{Lu}[\\p{L}'’-]*)+");
    // A sentence's first word is capitalised whatever it is; a leading article is not part of the name.
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:The|El|La|Las|Los|Le|Les|L'|L’)\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

    private final List<Pattern> organisationWords;
    private final List<String> roles;
    private final List<Pattern> rolePatterns;
    private final List<Pattern> outcomeStems;

    public CaseDetailsFinder() {
        this(CaseCues.standard());
    }

    CaseDetailsFinder(CaseCues cues) {
        this.organisationWords = cues.organisationWords().stream().map(CaseDetailsFinder::wholeWord).toList();
        this.roles = cues.roles();
        this.rolePatterns = roles.stream().map(CaseDetailsFinder::wholeWord).toList();
        this.outcomeStems = cues.outcomeStems().stream()
                .map(stem -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(stem))).toList();
    }

    public List<String> actors(List<String> passages) {
        Set<String> actors = new LinkedHashSet<>();
        for (String text : passages) {
            Matcher names = NAME.matcher(text);
            while (names.find() && actors.size() < MAX_ACTORS) {
                String name = names.group();
                if (anyFound(organisationWords, TextFolding.fold(name))) {
                    // Line breaks of the page layout are not part of a name.
                    actors.add(LEADING_ARTICLE.matcher(name.replaceAll("\\s+", " ").strip()).replaceFirst(""));
                }
            }
            String folded = TextFolding.fold(text);
            for (int i = 0; i < roles.size() && actors.size() < MAX_ACTORS; i++) {
                if (rolePatterns.get(i).matcher(folded).find()) {
                    actors.add(roles.get(i));
                }
            }
        }
        return List.copyOf(actors);
    }

    public List<String> outcomes(List<String> passages) {
        List<String> outcomes = new ArrayList<>();
        for (String text : passages) {
            for (String sentence : SENTENCE_END.split(text.replaceAll("\\s+", " ").strip())) {
                if (outcomes.size() >= MAX_OUTCOMES) {
                    return outcomes;
                }
                if (sentence.length() <= MAX_OUTCOME_LENGTH && anyFound(outcomeStems, TextFolding.fold(sentence))
                        && !outcomes.contains(sentence)) {
                    outcomes.add(sentence);
                }
            }
        }
        return outcomes;
    }

    private static boolean anyFound(List<Pattern> patterns, String foldedText) {
        return patterns.stream().anyMatch(p -> p.matcher(foldedText).find());
    }

    private static Pattern wholeWord(String word) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])");
    }
}
