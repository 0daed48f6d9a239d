package org.commonslibrary.search.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.commonslibrary.model.vocabulary.Concept;
import org.commonslibrary.search.api.Facet;
import org.commonslibrary.search.api.Suggestion;

/**
 * Countries and cities that published documents of the library speak of, whose name in any of the
 * library's languages begins with the typed letters; the places most documents mention come first. A
 * country selects the country facet; a city, which has no facet, searches for its name.
 */
final class PlaceSuggestions {

    private final CityNames cityNames;

    PlaceSuggestions(CityNames cityNames) {
        this.cityNames = cityNames;
    }

    List<Suggestion> matching(EntityManager entityManager, String foldedQuery, String language, int limit) {
        // Read from the database, the source of truth: a place only an unpublished document names never shows.
        List<Object[]> countries = entityManager.createQuery(
                "select p.countryCode, count(distinct d.id) from LibraryDocument d join d.places p "
                        + "where d.published = true group by p.countryCode", Object[].class)
                .getResultList();
        List<Object[]> cities = entityManager.createQuery(
                "select p.countryCode, p.cityId, p.cityName, count(distinct d.id) from LibraryDocument d "
                        + "join d.places p where d.published = true and p.cityName is not null "
                        + "group by p.countryCode, p.cityId, p.cityName", Object[].class)
                .getResultList();
        FacetLabels labels = new FacetLabels(language);
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Long> documentsByCountry = new HashMap<>();
        for (Object[] row : countries) {
            documentsByCountry.put((String) row[0], (Long) row[1]);
        }
        for (var country : documentsByCountry.entrySet()) {
            String code = country.getKey();
            Set<String> names = new LinkedHashSet<>();
            for (String lang : Concept.LANGUAGES) {
                names.add(new Locale("", code).getDisplayCountry(Locale.forLanguageTag(lang)));
            }
            String label = labels.label(Facet.COUNTRY, code);
            best(foldedQuery, label, names).ifPresent(match -> candidates.add(new Candidate(
                    Suggestion.filter("country", label, null, match.equals(label) ? null : match,
                            Facet.COUNTRY.apiName(), code),
                    PrefixMatch.of(foldedQuery, match), country.getValue())));
        }
        for (Object[] row : cities) {
            String cityId = (String) row[1];
            String cityName = (String) row[2];
            if (cityName.isBlank()) {
                continue;
            }
            String label = cityId == null ? cityName : cityNames.name(cityId, language).orElse(cityName);
            Set<String> names = new LinkedHashSet<>(List.of(label, cityName));
            if (cityId != null) {
                Concept.LANGUAGES.forEach(lang -> cityNames.name(cityId, lang).ifPresent(names::add));
            }
            String country = labels.label(Facet.COUNTRY, (String) row[0]);
            best(foldedQuery, label, names).ifPresent(match -> candidates.add(new Candidate(
                    Suggestion.query("city", label, country, match.equals(label) ? null : match, label),
                    PrefixMatch.of(foldedQuery, match), (Long) row[3])));
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::position)
                        .thenComparing(Comparator.comparingLong(Candidate::documents).reversed())
                        .thenComparing(c -> c.suggestion().label()))
                .map(Candidate::suggestion)
                .distinct()
                .limit(limit)
                .toList();
    }

    /** The label itself when it matches, else the first other name that does. */
    private static Optional<String> best(String foldedQuery, String label, Set<String> names) {
        String best = null;
        int bestPosition = PrefixMatch.NONE;
        for (String name : names) {
            int position = PrefixMatch.of(foldedQuery, name);
            if (position != PrefixMatch.NONE && (best == null || position < bestPosition
                    || position == bestPosition && name.equals(label))) {
                best = name;
                bestPosition = position;
            }
        }
        return Optional.ofNullable(best);
    }

    private record Candidate(Suggestion suggestion, int position, long documents) {
    }
}
