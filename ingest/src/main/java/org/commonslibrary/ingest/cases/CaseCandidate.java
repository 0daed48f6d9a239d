package org.commonslibrary.ingest.cases;

import java.util.List;
import java.util.Set;

/**
 * A proposed case example: a practice in a place, with the passages that say so.
 *
 * @param passageIndexes positions of the source passages in the document, in order
 * @param confidence     from 0 to 1: how much the evidence supports the proposal
 * @param actors         organisations and kinds of people the passages name
 * @param outcomes       sentences of the passages that report a result
 */
public record CaseCandidate(String title, String city, String cityId, String countryCode, String regionId,
        Set<String> practiceIds, Set<String> sectorIds, Integer startYear, Integer endYear, double confidence,
        List<Integer> passageIndexes, List<String> actors, List<String> outcomes) {

    public CaseCandidate {
        actors = List.copyOf(actors);
        outcomes = List.copyOf(outcomes);
        practiceIds = Set.copyOf(practiceIds);
        sectorIds = Set.copyOf(sectorIds);
        passageIndexes = List.copyOf(passageIndexes);
    }
}
