package org.commonslibrary.search.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.commonslibrary.model.vocabulary.Concept;
import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.search.api.Suggestion;

/**
 * Concepts of the vocabulary whose label or synonym, in any of the library's languages, begins with the
 * typed letters (or has a word that does), labelled in the reader's language: a Spanish reader typing
 * "remuni" or "régie" is offered "Remunicipalización". Choosing one selects it in its facet.
 */
final class ConceptSuggestions {

    private static final String BUNDLE = "org.commonslibrary.search.application.suggestion-labels";

    private final ConceptScheme scheme;

    ConceptSuggestions(ConceptScheme scheme) {
        this.scheme = scheme;
    }

    /**
     * @param foldedQuery the typed letters, {@linkplain PrefixMatch#fold folded}
     * @param language    en, fr or es
     */
    List<Suggestion> matching(String foldedQuery, String language, int limit) {
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (Concept concept : scheme.all()) {
            Candidate best = bestMatch(concept, foldedQuery, language, order++);
            if (best != null) {
                candidates.add(best);
            }
        }
        ResourceBundle types = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return candidates.stream().sorted(Candidate.ORDER).limit(limit).map(c -> {
            String label = c.concept.label(language);
            String matched = PrefixMatch.fold(c.name).equals(PrefixMatch.fold(label)) ? null : c.name;
            String type = c.concept.type().key();
            return Suggestion.filter("concept", label, types.getString(type), matched, type, c.concept.id());
        }).toList();
    }

    /** The concept's name that the letters match best, or null when none does. */
    private static Candidate bestMatch(Concept concept, String foldedQuery, String language, int order) {
        Candidate best = null;
        // The reader's own language first, so that its names win ties against another language's.
        List<String> languages = new ArrayList<>(List.of(language));
        Concept.LANGUAGES.stream().filter(l -> !l.equals(language)).forEach(languages::add);
        for (String lang : languages) {
            List<String> names = concept.allLabels(lang);
            for (int i = 0; i < names.size(); i++) {
                int position = PrefixMatch.of(foldedQuery, names.get(i));
                if (position == PrefixMatch.NONE) {
                    continue;
                }
                int source = lang.equals(language) ? (i == 0 ? 0 : 1) : 2;
                Candidate candidate = new Candidate(concept, names.get(i), position, source, order);
                if (best == null || Candidate.ORDER.compare(candidate, best) < 0) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /**
     * @param position {@link PrefixMatch#AT_START} before {@link PrefixMatch#AT_WORD}
     * @param source   0 for the preferred label in the reader's language, 1 for its synonyms, 2 for another
     *                 language's names
     * @param order    position in the scheme, broader concepts before narrower ones
     */
    private record Candidate(Concept concept, String name, int position, int source, int order) {

        static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::position)
                .thenComparingInt(Candidate::source)
                .thenComparingInt(c -> c.name.length())
                .thenComparingInt(Candidate::order);
    }
}
