package org.commonslibrary.ingest.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commonslibrary.ingest.places.CountryRegions;
import org.commonslibrary.ingest.places.Gazetteer;
import org.commonslibrary.ingest.places.PlaceMention;
import org.commonslibrary.ingest.places.PlaceType;
import org.commonslibrary.ingest.tagging.ConceptMatch;
import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.model.vocabulary.ConceptType;

/**
 * Proposes case examples where passages tie a place to a practice. All passages of a document that name
 * the same place are one proposal, so a case study told over three pages is one case with three sources.
 * A city is preferred over its country, because a case is local; a country alone still makes a proposal,
 * with less confidence.
 */
public final class CaseProposer {

    static final double BASE_CONFIDENCE = 0.35;
    private static final double CITY_BONUS = 0.2;
    private static final double SECTOR_BONUS = 0.1;
    private static final double YEARS_BONUS = 0.1;
    private static final double PER_EXTRA_PASSAGE = 0.05;
    private static final double MAX_CONFIDENCE = 0.95;

    private final ConceptScheme scheme;
    private final Gazetteer gazetteer;
    private final CountryRegions regions;
    private final CaseDetailsFinder details = new CaseDetailsFinder();

    public CaseProposer(ConceptScheme scheme, Gazetteer gazetteer, CountryRegions regions) {
        this.scheme = scheme;
        this.gazetteer = gazetteer;
        this.regions = regions;
    }

    /**
     * @param documentSectors the document's main sectors, lent to a case whose passages name none
     * @param language        the language the proposals' titles are written in
     */
    public List<CaseCandidate> propose(List<PassageFindings> passages, List<String> documentSectors,
            String language) {
        Map<String, Evidence> byPlace = new LinkedHashMap<>();
        for (PassageFindings passage : passages) {
            Set<String> practices = idsOfType(passage.concepts(), ConceptType.PRACTICE);
            Optional<PlaceMention> place = mostSpecificPlace(passage.places());
            if (practices.isEmpty() || place.isEmpty()) {
                continue;
            }
            Evidence evidence = byPlace.computeIfAbsent(key(place.get()), k -> new Evidence(place.get()));
            evidence.practices.addAll(practices);
            practices.forEach(id -> evidence.practiceMentions.merge(id, 1, Integer::sum));
            evidence.sectors.addAll(idsOfType(passage.concepts(), ConceptType.SECTOR));
            evidence.passages.add(passage.index());
            evidence.texts.add(passage.text());
            YearSpan.of(passage.text()).ifPresent(evidence::years);
        }
        List<CaseCandidate> candidates = new ArrayList<>();
        for (Evidence evidence : byPlace.values()) {
            if (evidence.sectors.isEmpty()) {
                evidence.sectors.addAll(documentSectors);
            }
            candidates.add(candidate(evidence, language));
        }
        candidates.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return candidates;
    }

    private CaseCandidate candidate(Evidence e, String language) {
        boolean city = e.place.type() == PlaceType.CITY;
        double confidence = BASE_CONFIDENCE + (city ? CITY_BONUS : 0)
                + (e.sectors.isEmpty() ? 0 : SECTOR_BONUS)
                + (e.firstYear == null ? 0 : YEARS_BONUS)
                + Math.min(4, e.passages.size() - 1) * PER_EXTRA_PASSAGE;
        String placeName = city
                ? gazetteer.cityName(e.place.cityId(), language).orElse(e.place.name())
                : gazetteer.countryName(e.place.countryCode(), language).orElse(e.place.name());
        return new CaseCandidate(title(placeName, e, language), city ? placeName : null,
                city ? e.place.cityId() : null, e.place.countryCode(),
                regions.regionOf(e.place.countryCode()).orElse(null), e.practices, e.sectors, e.firstYear,
                e.lastYear, Math.min(MAX_CONFIDENCE, confidence), e.passages, details.actors(e.texts),
                details.outcomes(e.texts));
    }

    private String title(String placeName, Evidence e, String language) {
        String practice = label(mainPractice(e), language);
        String title = placeName + ": " + practice;
        if (!e.sectors.isEmpty()) {
            title += " (" + label(e.sectors.iterator().next(), language) + ")";
        }
        return title;
    }

    /**
     * The practice the title names: the one its passages mention most, and on a tie the narrowest, since
     * "collaboration pact" says more about a case than "commoning".
     */
    private String mainPractice(Evidence e) {
        return e.practices.stream().max(java.util.Comparator
                .<String>comparingInt(id -> e.practiceMentions.getOrDefault(id, 0))
                .thenComparingInt(id -> scheme.path(id).size())).orElseThrow();
    }

    private String label(String conceptId, String language) {
        return scheme.find(conceptId).map(c -> c.label(language)).orElse(conceptId);
    }

    private Set<String> idsOfType(List<ConceptMatch> matches, ConceptType type) {
        Set<String> ids = new LinkedHashSet<>();
        for (ConceptMatch match : matches) {
            scheme.find(match.conceptId()).filter(c -> c.type() == type).ifPresent(c -> ids.add(c.id()));
        }
        return ids;
    }

    private static Optional<PlaceMention> mostSpecificPlace(List<PlaceMention> places) {
        return places.stream().filter(p -> p.type() == PlaceType.CITY).findFirst()
                .or(() -> places.stream().findFirst());
    }

    private static String key(PlaceMention place) {
        return place.type() == PlaceType.CITY ? "city:" + place.cityId() : "country:" + place.countryCode();
    }

    /** Everything the passages of one place contribute. */
    private static final class Evidence {
        final PlaceMention place;
        final Set<String> practices = new LinkedHashSet<>();
        final Map<String, Integer> practiceMentions = new java.util.HashMap<>();
        final Set<String> sectors = new LinkedHashSet<>();
        final List<Integer> passages = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        Integer firstYear;
        Integer lastYear;

        Evidence(PlaceMention place) {
            this.place = place;
        }

        void years(int[] span) {
            firstYear = firstYear == null ? span[0] : Math.min(firstYear, span[0]);
            lastYear = lastYear == null ? span[1] : Math.max(lastYear, span[1]);
        }
    }
}
