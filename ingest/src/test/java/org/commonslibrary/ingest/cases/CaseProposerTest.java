package org.commonslibrary.ingest.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonslibrary.ingest.places.CountryRegions;
import org.commonslibrary.ingest.places.Gazetteer;
import org.commonslibrary.ingest.places.PlaceFinder;
import org.commonslibrary.ingest.tagging.ConceptTagger;
import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.junit.jupiter.api.Test;

class CaseProposerTest {

    private final ConceptTagger tagger = ConceptTagger.standard();
    private final PlaceFinder places = PlaceFinder.shared();
    private final CaseProposer proposer = new CaseProposer(ConceptScheme.standard(), Gazetteer.shared(),
            CountryRegions.shared());

    private PassageFindings passage(int index, String text) {
        return new PassageFindings(index, index + 1, text, tagger.tag(text, "en"), places.find(text, "en"));
    }

    @Test
    void aPlaceAndAPracticeInOnePassageMakeACase() {
        List<CaseCandidate> cases = proposer.propose(List.of(
                passage(0, "In 2010 Paris completed the remunicipalisation of its water supply.")), List.of(), "en");
        assertThat(cases).hasSize(1);
        CaseCandidate paris = cases.get(0);
        assertThat(paris.city()).isEqualTo("Paris");
        assertThat(paris.countryCode()).isEqualTo("FR");
        assertThat(paris.regionId()).isEqualTo("region.europe");
        assertThat(paris.practiceIds()).contains("practice.remunicipalisation");
        assertThat(paris.sectorIds()).contains("sector.water");
        assertThat(paris.startYear()).isEqualTo(2010);
        assertThat(paris.passageIndexes()).containsExactly(0);
        assertThat(paris.title()).startsWith("Paris: ");
    }

    @Test
    void passagesOfOnePlaceAreOneCaseWithSeveralSources() {
        List<CaseCandidate> cases = proposer.propose(List.of(
                passage(0, "Berlin had sold part of its water utility in 1999."),
                passage(1, "A citizens' campaign pushed Berlin towards remunicipalisation of the utility."),
                passage(2, "Berlin bought the private shares back in 2012 and 2013, completing the remunicipalisation.")),
                List.of(), "en");
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).passageIndexes()).containsExactly(1, 2);
        assertThat(cases.get(0).startYear()).isEqualTo(2012);
        assertThat(cases.get(0).endYear()).isEqualTo(2013);
    }

    @Test
    void aCityCaseIsMoreCertainThanACountryCase() {
        List<CaseCandidate> cases = proposer.propose(List.of(
                passage(0, "Across Germany, remunicipalisation of energy grids spread after 2010."),
                passage(1, "Hamburg voted in 2013 for the remunicipalisation of its energy grids.")), List.of(), "en");
        assertThat(cases).hasSize(2);
        assertThat(cases.get(0).city()).isEqualTo("Hamburg");
        assertThat(cases.get(1).city()).isNull();
        assertThat(cases.get(1).countryCode()).isEqualTo("DE");
        assertThat(cases.get(0).confidence()).isGreaterThan(cases.get(1).confidence());
    }

    @Test
    void noPracticeOrNoPlaceMeansNoCase() {
        assertThat(proposer.propose(List.of(
                passage(0, "Paris is a large city with many museums."),
                passage(1, "Remunicipalisation is a broad family of reforms.")), List.of(), "en")).isEmpty();
    }

    @Test
    void aDocumentsSectorIsLentToACaseThatNamesNone() {
        List<CaseCandidate> cases = proposer.propose(List.of(
                passage(0, "Barcelona adopted collaboration pacts with neighbourhood associations.")),
                List.of("sector.public-space"), "en");
        assertThat(cases).singleElement().satisfies(c -> assertThat(c.sectorIds()).containsExactly("sector.public-space"));
    }
}
