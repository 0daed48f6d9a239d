package org.commonslibrary.model.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ConceptSchemeTest {

    private final ConceptScheme scheme = ConceptScheme.standard();

    @Test
    void standardSchemeIsLoadedOnce() {
        assertThat(ConceptScheme.standard()).isSameAs(scheme);
    }

    @Test
    void coversThePracticesSectorsAimsAndAgendasOfTheDomainGuide() {
        assertThat(ids(scheme.ofType(ConceptType.PRACTICE))).contains(
                "practice.remunicipalisation", "practice.co-management", "practice.co-creation-agreement",
                "practice.collaboration-pact", "practice.public-community-partnership",
                "practice.inclusive-procurement", "practice.social-clause", "practice.reserved-contract",
                "practice.local-sourcing", "practice.social-solidarity-economy", "practice.commoning",
                "practice.urban-commons", "practice.civic-use", "practice.right-to-the-city",
                "practice.participatory-budgeting", "practice.community-wealth-building",
                "practice.energy-cooperative", "practice.community-land-trust");
        assertThat(ids(scheme.topConcepts(ConceptType.SECTOR))).containsExactly(
                "sector.water", "sector.energy", "sector.waste", "sector.digital", "sector.housing-land",
                "sector.food", "sector.culture-education", "sector.public-space", "sector.natural-resources",
                "sector.transport", "sector.health-care");
        assertThat(ids(scheme.ofType(ConceptType.AIM))).containsExactly(
                "aim.social-equality", "aim.environmental-sustainability", "aim.democratisation");
        assertThat(ids(scheme.ofType(ConceptType.AGENDA))).containsExactlyInAnyOrder(
                "agenda.pact-for-the-future", "agenda.2030-agenda", "agenda.sdg-6", "agenda.sdg-7",
                "agenda.sdg-11", "agenda.sdg-12", "agenda.sdg-16", "agenda.new-urban-agenda");
    }

    @Test
    void everyConceptIsLabelledInTheThreeWorkingLanguages() {
        for (Concept concept : scheme.all()) {
            for (String lang : Concept.LANGUAGES) {
                assertThat(concept.labels().get(lang)).as(concept.id() + " " + lang).isNotBlank();
            }
            assertThat(concept.id()).startsWith(concept.type().key() + ".");
        }
    }

    @Test
    void idsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Concept concept : scheme.all()) {
            assertThat(seen.add(concept.id())).as(concept.id()).isTrue();
        }
    }

    @Test
    void remunicipalisationCarriesTheVariantsOfTheDomainGuide() {
        Concept remunicipalisation = scheme.find("practice.remunicipalisation").orElseThrow();
        assertThat(remunicipalisation.altLabels("en")).contains("remunicipalization", "re-municipalisation",
                "deprivatisation", "insourcing", "return to public management");
        assertThat(remunicipalisation.label("es")).isEqualTo("Remunicipalización");
        assertThat(remunicipalisation.altLabels("es")).contains("recuperación de la gestión pública");
        assertThat(remunicipalisation.altLabels("fr")).contains("retour en régie", "gestion publique");
    }

    @Test
    void labelsForEveryLanguageReachAllLanguages() {
        Concept pact = scheme.find("practice.collaboration-pact").orElseThrow();
        for (String lang : Concept.LANGUAGES) {
            assertThat(pact.altLabels(lang)).contains("patti di collaborazione");
        }
    }

    @Test
    void labelFallsBackToEnglish() {
        Concept water = scheme.find("sector.water").orElseThrow();
        assertThat(water.label("fr")).isEqualTo("Eau et assainissement");
        assertThat(water.label("de")).isEqualTo("Water and sanitation");
        assertThat(water.label(null)).isEqualTo("Water and sanitation");
        assertThat(water.allLabels("en")).startsWith("Water and sanitation", "water");
    }

    @Test
    void hierarchyIsNavigableBothWays() {
        assertThat(ids(scheme.path("practice.collaboration-pact"))).containsExactly(
                "practice.commoning", "practice.co-management", "practice.co-creation-agreement",
                "practice.collaboration-pact");
        assertThat(ids(scheme.ancestors("practice.collaboration-pact"))).containsExactly(
                "practice.commoning", "practice.co-management", "practice.co-creation-agreement");
        assertThat(scheme.ancestors("practice.remunicipalisation")).isEmpty();
        assertThat(ids(scheme.children("practice.inclusive-procurement"))).containsExactly(
                "practice.social-clause", "practice.reserved-contract", "practice.local-sourcing");
        assertThat(ids(scheme.children("agenda.2030-agenda"))).contains("agenda.sdg-6", "agenda.sdg-16");
        assertThat(scheme.children("sector.transport")).isEmpty();
        assertThat(scheme.isWithin("sector.sanitation", "sector.water")).isTrue();
        assertThat(scheme.isWithin("sector.water", "sector.sanitation")).isFalse();
    }

    @Test
    void unknownIdsYieldEmptyAnswers() {
        assertThat(scheme.find("practice.nothing")).isEmpty();
        assertThat(scheme.find(null)).isEmpty();
        assertThat(scheme.path("practice.nothing")).isEmpty();
        assertThat(scheme.ancestors("practice.nothing")).isEmpty();
        assertThat(scheme.children("practice.nothing")).isEmpty();
    }

    @Test
    void allIsUnmodifiable() {
        List<Concept> all = scheme.all();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> all.remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static List<String> ids(List<Concept> concepts) {
        return concepts.stream().map(Concept::id).toList();
    }
}
