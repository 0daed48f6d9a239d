package org.commonslibrary.ingest.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentConceptsTest {

    private final ConceptTagger tagger = ConceptTagger.standard();

    @Test
    void countsMentionsAndPassagesAndRanksByScore() {
        List<List<ConceptMatch>> passages = List.of(
                tagger.tag("Paris took its water back: a remunicipalisation.", "en"),
                tagger.tag("The water price fell after the remunicipalisation; water quality rose.", "en"),
                tagger.tag("Residents asked about waste too.", "en"));
        DocumentConcepts concepts = DocumentConcepts.summarise(
                tagger.tag("Case study: taking water back in Paris", "en"), passages);

        ConceptCount water = concepts.count("sector.water").orElseThrow();
        assertThat(water.mentions()).isEqualTo(3);
        assertThat(water.passages()).isEqualTo(2);
        assertThat(water.inTitle()).isTrue();
        assertThat(concepts.count("practice.remunicipalisation").orElseThrow().mentions()).isEqualTo(2);
        assertThat(concepts.counts()).extracting(ConceptCount::conceptId)
                .containsExactly("sector.water", "practice.remunicipalisation", "sector.waste");
        assertThat(concepts.mainConceptIds()).containsExactly("sector.water", "practice.remunicipalisation");
        assertThat(concepts.mainConceptIds(1)).hasSize(3);
    }

    @Test
    void repetitionInsideOnePassageWeighsLessThanSpread() {
        ConceptMatch a = new ConceptMatch("sector.energy", 0, 6, "energy");
        ConceptMatch b = new ConceptMatch("sector.transport", 0, 9, "transport");
        DocumentConcepts concepts = DocumentConcepts.summarise(List.of(),
                List.of(List.of(a, a, a), List.of(b), List.of(b)));
        assertThat(concepts.counts()).extracting(ConceptCount::conceptId)
                .containsExactly("sector.transport", "sector.energy");
    }

    @Test
    void aTitleMentionAloneMakesAMainConcept() {
        DocumentConcepts concepts = DocumentConcepts.summarise(
                List.of(new ConceptMatch("practice.collaboration-pact", 0, 18, "Collaboration pact")), List.of());
        assertThat(concepts.mainConceptIds()).containsExactly("practice.collaboration-pact");
        assertThat(concepts.count("practice.collaboration-pact").orElseThrow().mentions()).isZero();
    }

    @Test
    void emptyDocumentHasNoConcepts() {
        assertThat(DocumentConcepts.summarise(List.of(), List.of()).counts()).isEmpty();
    }
}
