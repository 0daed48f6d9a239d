package org.commonslibrary.search.application;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.commonslibrary.model.cases.CaseExample;
import org.commonslibrary.model.cases.CaseStatus;
import org.hibernate.search.mapper.orm.Search;

/**
 * "More like this" for a case example: other cases of the same practice, then of the same sector, nearer
 * ones first (same country, then same world region).
 *
 * <p>Only the typed DSL here, no {@code more_like_this}: a case is a structured record whose only text is a
 * short title generated from its practice and place, so word statistics would add nothing that its practice,
 * sector and place do not already say, and those are language-neutral ids that match across languages.
 */
public class SimilarCases {

    public static final int LIMIT = 10;

    private static final float PRACTICE_BOOST = 4f;
    private static final float SECTOR_BOOST = 2f;
    private static final float COUNTRY_BOOST = 1f;
    private static final float REGION_BOOST = 0.5f;

    /**
     * @param withProposals whether cases not yet confirmed may be offered (to curators); rejected cases never are
     */
    public List<CaseExample> similarTo(EntityManager entityManager, CaseExample example, boolean withProposals) {
        // Cases drawn from a near duplicate of the case's document are the same cases told twice.
        Set<Long> sameText = SimilarDocuments.nearDuplicates(entityManager, example.getDocument());
        sameText.remove(example.getDocument().getId());
        // The case index holds statuses in lower case, as the API names them.
        List<String> statuses = (withProposals
                ? List.of(CaseStatus.CONFIRMED, CaseStatus.PROPOSED)
                : List.of(CaseStatus.CONFIRMED)).stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
        return Search.session(entityManager).search(CaseExample.class)
                .where(f -> {
                    var bool = f.bool()
                            .filter(f.match().field("document.published").matching(true))
                            .filter(f.terms().field("status").matchingAny(statuses))
                            .mustNot(f.id().matching(example.getId()))
                            .minimumShouldMatchNumber(1);
                    if (!sameText.isEmpty()) {
                        bool.mustNot(f.terms().field("document.id").matchingAny(sameText));
                    }
                    for (String practice : example.getPracticeIds()) {
                        bool.should(f.terms().field("practice").matchingAny(List.of(practice)).boost(PRACTICE_BOOST));
                    }
                    for (String sector : example.getSectorIds()) {
                        bool.should(f.terms().field("sector").matchingAny(List.of(sector)).boost(SECTOR_BOOST));
                    }
                    if (example.getCountryCode() != null) {
                        bool.should(f.match().field("country").matching(example.getCountryCode())
                                .boost(COUNTRY_BOOST));
                    }
                    if (example.getRegionId() != null) {
                        bool.should(f.match().field("region").matching(example.getRegionId()).boost(REGION_BOOST));
                    }
                    return bool;
                })
                // Among equally similar cases the most recently found come first: the library's newest knowledge.
                .sort(f -> f.score().then().field("id").desc())
                .fetchHits(LIMIT);
    }
}
