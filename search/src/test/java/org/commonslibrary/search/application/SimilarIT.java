package org.commonslibrary.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonslibrary.devnode.DevNodeProcess;
import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.commonslibrary.model.cases.CaseExample;
import org.commonslibrary.model.cases.CaseStatus;
import org.commonslibrary.model.document.LibraryDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "More like this" for documents and cases against a real OpenSearch node. */
@ExtendWith(DevNodeExtension.class)
class SimilarIT {

    private static final List<String> WATER_BACK = List.of("practice.remunicipalisation", "sector.water");
    private static final List<String> PACT = List.of("practice.collaboration-pact");

    private static SearchFixture fixture;
    private static long paris;
    private static long grenoble;
    private static long bologna;
    private static long turin;
    private static long parisCopy;
    private static long draft;
    private static long untagged;
    private static long energy;
    private static long parisCase;
    private static long grenobleCase;
    private static long rejectedCase;
    private static long proposedCase;
    private static long copyCase;
    private static long draftCase;

    private final SimilarDocuments documents = new SimilarDocuments();
    private final SimilarCases cases = new SimilarCases();

    @BeforeAll
    static void corpus(DevNodeProcess node) {
        fixture = new SearchFixture(node);
        paris = fixture.add("Paris takes its water back", "case-study", "en", List.of(
                "In 2010 the city of Paris ended the water concessions of two private companies.",
                "A single public operator now runs drinking water supply and billing for all residents.",
                "Remunicipalisation lowered tariffs and reinvested the margins in the network."),
                WATER_BACK, List.of("FR"));
        grenoble = fixture.add("Grenoble : retour en régie de l'eau", "case-study", "fr", List.of(
                "En 2000 la ville de Grenoble a mis fin à la délégation du service de l'eau.",
                "La régie municipale a baissé le prix et associe les usagers aux décisions."),
                WATER_BACK, List.of("FR"));
        bologna = fixture.add("Collaboration pacts in Bologna", "legal-instrument", "en", List.of(
                "Residents and the municipality sign collaboration pacts to care for squares and gardens.",
                "Each pact names who looks after the urban commons and for how long."),
                PACT, List.of("IT"));
        turin = fixture.add("Turin's regulation on the care of urban commons", "legal-instrument", "en", List.of(
                "Turin adopted a regulation so that residents can sign pacts with the city.",
                "Pacts cover gardens, schools and empty buildings cared for as urban commons."),
                PACT, List.of("IT"));
        energy = fixture.add("Energy cooperatives in Germany", "report", "en", List.of(
                "Citizens own wind turbines and solar panels through energy cooperatives.",
                "Cooperatives sell electricity to their members at cost."),
                List.of("sector.energy"), List.of("DE"));
        parisCopy = fixture.add("Paris takes its water back (slides)", "presentation", "en", List.of(
                "In 2010 the city of Paris ended the water concessions of two private companies.",
                "A single public operator now runs drinking water supply and billing for all residents."),
                WATER_BACK, List.of("FR"));
        fixture.run(em -> em.find(LibraryDocument.class, parisCopy).setNearDuplicateOf(paris));
        draft = fixture.add("Draft: water concessions ending in Paris", "report", "en", List.of(
                "The city of Paris ended the water concessions; the public operator runs the water supply."),
                WATER_BACK, List.of("FR"));
        fixture.run(em -> em.find(LibraryDocument.class, draft).setPublished(false));
        untagged = fixture.add("Notes from a visit", "report", "en", List.of(
                "The visitors asked how the public operator of Paris sets water tariffs and billing.",
                "They heard how the concessions of the private companies ended."));

        parisCase = fixture.addCase(paris, "Remunicipalisation of water in Paris", CaseStatus.CONFIRMED,
                List.of("practice.remunicipalisation"), List.of("sector.water"), "Paris", "FR", "region.europe");
        grenobleCase = fixture.addCase(grenoble, "Retour en régie de l'eau à Grenoble", CaseStatus.CONFIRMED,
                List.of("practice.remunicipalisation"), List.of("sector.water"), "Grenoble", "FR", "region.europe");
        fixture.addCase(bologna, "Collaboration pacts in Bologna", CaseStatus.CONFIRMED,
                PACT, List.of(), "Bologna", "IT", "region.europe");
        rejectedCase = fixture.addCase(grenoble, "Water in Grenoble (rejected)", CaseStatus.REJECTED,
                List.of("practice.remunicipalisation"), List.of("sector.water"), "Grenoble", "FR", "region.europe");
        proposedCase = fixture.addCase(grenoble, "Water in Grenoble (proposed)", CaseStatus.PROPOSED,
                List.of("practice.remunicipalisation"), List.of("sector.water"), "Grenoble", "FR", "region.europe");
        copyCase = fixture.addCase(parisCopy, "Remunicipalisation of water in Paris (slides)", CaseStatus.CONFIRMED,
                List.of("practice.remunicipalisation"), List.of("sector.water"), "Paris", "FR", "region.europe");
        draftCase = fixture.addCase(draft, "Water in Paris (draft)", CaseStatus.CONFIRMED,
                List.of("practice.remunicipalisation"), List.of("sector.water"), "Paris", "FR", "region.europe");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private List<Long> similarDocuments(long id) {
        return fixture.inTransaction(em -> documents.similarTo(em, em.find(LibraryDocument.class, id)).stream()
                .map(LibraryDocument::getId).toList());
    }

    private List<Long> similarCases(long id, boolean withProposals) {
        return fixture.inTransaction(em -> cases.similarTo(em, em.find(CaseExample.class, id), withProposals)
                .stream().map(CaseExample::getId).toList());
    }

    @Test
    void twoDocumentsOnTheSamePracticeAreEachOthersBestMatchAcrossLanguages() {
        assertThat(similarDocuments(paris).get(0)).isEqualTo(grenoble);
        // Paris and its slides are one text: whichever ranks higher stands for both
        List<Long> likeGrenoble = similarDocuments(grenoble);
        assertThat(likeGrenoble.get(0)).isIn(paris, parisCopy);
        assertThat(likeGrenoble).doesNotContainSubsequence(paris, parisCopy).doesNotContainSubsequence(parisCopy, paris);
        assertThat(similarDocuments(bologna).get(0)).isEqualTo(turin);
        assertThat(similarDocuments(turin).get(0)).isEqualTo(bologna);
    }

    @Test
    void neitherTheDocumentItselfNorItsNearDuplicatesNorUnpublishedOnesAreOffered() {
        assertThat(similarDocuments(paris)).doesNotContain(paris, parisCopy, draft).hasSizeLessThanOrEqualTo(10);
        assertThat(similarDocuments(parisCopy)).doesNotContain(parisCopy, paris, draft);
        assertThat(similarDocuments(grenoble)).doesNotContain(grenoble, draft);
    }

    @Test
    void sharedWordsAloneFindADocumentWithoutTags() {
        // the visit notes have no concepts or places: only more_like_this can tie them to Paris
        List<Long> similar = similarDocuments(untagged);
        // the energy report is a report too, but being of the same kind is no reason on its own
        assertThat(similar).contains(paris).doesNotContain(untagged, bologna, turin, energy);
        assertThat(similarDocuments(paris)).contains(untagged);
    }

    @Test
    void casesOfTheSamePracticeComeFirstAndRejectedOrHiddenOnesNever() {
        List<Long> similar = similarCases(parisCase, false);
        assertThat(similar.get(0)).isEqualTo(grenobleCase);
        assertThat(similar).doesNotContain(parisCase, rejectedCase, proposedCase, copyCase, draftCase);

        List<Long> forCurators = similarCases(parisCase, true);
        assertThat(forCurators).contains(grenobleCase, proposedCase).doesNotContain(rejectedCase, parisCase);
        assertThat(forCurators.indexOf(grenobleCase)).isLessThan(forCurators.size() - 1);
    }
}
