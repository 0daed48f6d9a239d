package org.commonslibrary.search.application;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.search.api.Suggestion;

/**
 * Suggestions as a person types: concepts of the vocabulary, places the library's documents speak of, and
 * titles of its documents, ten at most. Each kind has its share of the list; a share one kind leaves unused
 * goes to the others, so letters that only begin titles still fill the list with titles.
 */
public class Suggestions {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 100;
    static final int LIMIT = 10;
    /** Places in the list of concepts, places and titles, when each kind has enough to offer. */
    private static final int[] SHARES = {4, 3, 3};

    private final ConceptSuggestions concepts;
    private final PlaceSuggestions places;
    private final TitleSuggestions titles = new TitleSuggestions();

    public Suggestions(ConceptScheme scheme, CityNames cityNames) {
        this.concepts = new ConceptSuggestions(scheme);
        this.places = new PlaceSuggestions(cityNames);
    }

    /**
     * @param text     the letters typed so far; fewer than {@value #MIN_LENGTH} characters suggest nothing
     * @param language en, fr or es: the language of the labels
     * @throws IllegalArgumentException when the text is longer than {@value #MAX_LENGTH} characters
     */
    public List<Suggestion> suggest(EntityManager entityManager, String text, String language) {
        String typed = text == null ? "" : text.strip();
        if (typed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The text is longer than " + MAX_LENGTH + " characters.");
        }
        String folded = PrefixMatch.fold(typed);
        if (folded.codePointCount(0, folded.length()) < MIN_LENGTH) {
            return List.of();
        }
        List<List<Suggestion>> kinds = List.of(
                concepts.matching(folded, language, LIMIT),
                places.matching(entityManager, folded, language, LIMIT),
                titles.matching(entityManager, typed, LIMIT));
        int[] taken = shares(kinds.stream().mapToInt(List::size).toArray());
        List<Suggestion> all = new ArrayList<>();
        for (int i = 0; i < taken.length; i++) {
            all.addAll(kinds.get(i).subList(0, taken[i]));
        }
        return List.copyOf(all);
    }

    /**
     * How many suggestions of each kind to show, given how many each kind found: each kind its share, then
     * what is left over, one at a time, to the kinds that have more, in order.
     */
    static int[] shares(int[] found) {
        int[] taken = new int[found.length];
        int left = LIMIT;
        for (int i = 0; i < found.length; i++) {
            taken[i] = Math.min(found[i], SHARES[i]);
            left -= taken[i];
        }
        boolean more = true;
        while (left > 0 && more) {
            more = false;
            for (int i = 0; i < found.length && left > 0; i++) {
                if (taken[i] < found[i]) {
                    taken[i]++;
                    left--;
                    more = true;
                }
            }
        }
        return taken;
    }
}
