package org.commonslibrary.model.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConceptSchemeParserTest {

    private static final String PACT = """
            # a comment
            concept: practice.collaboration-pact
            broader: practice.co-management
            en: Collaboration pact | collaboration pacts
            en: pact of collaboration
            fr: Pacte de collaboration
            es: Pacto de colaboración | pactos de colaboración
            all: patti di collaborazione

            concept: practice.co-management
            en: Co-management
            fr: Cogestion
            es: Cogestión
            """;

    @Test
    void readsPreferredAndAlternativeLabels() {
        ConceptScheme scheme = ConceptSchemeParser.parse(PACT, "test");
        Concept pact = scheme.find("practice.collaboration-pact").orElseThrow();
        assertThat(pact.type()).isEqualTo(ConceptType.PRACTICE);
        assertThat(pact.broaderId()).isEqualTo("practice.co-management");
        assertThat(pact.labels()).isEqualTo(Map.of("en", "Collaboration pact", "fr", "Pacte de collaboration",
                "es", "Pacto de colaboración"));
        assertThat(pact.altLabels("en")).containsExactly("collaboration pacts", "pact of collaboration",
                "patti di collaborazione");
        assertThat(pact.altLabels("fr")).containsExactly("patti di collaborazione");
        assertThat(scheme.all()).extracting(Concept::id)
                .containsExactly("practice.collaboration-pact", "practice.co-management");
    }

    @Test
    void rejectsAnUnknownBroaderConceptWithItsLine() {
        String text = """
                concept: sector.sanitation
                broader: sector.water
                en: Sanitation
                fr: Assainissement
                es: Saneamiento
                """;
        assertThatThrownBy(() -> ConceptSchemeParser.parse(text, "s.txt"))
                .isInstanceOf(ConceptSchemeFormatException.class)
                .hasMessage("s.txt, line 2: broader concept 'sector.water' of 'sector.sanitation' is not defined")
                .extracting(e -> ((ConceptSchemeFormatException) e).line()).isEqualTo(2);
    }

    @Test
    void rejectsCycles() {
        String text = """
                concept: sector.a
                broader: sector.b
                en: A
                fr: A
                es: A
                concept: sector.b
                broader: sector.c
                en: B
                fr: B
                es: B
                concept: sector.c
                broader: sector.a
                en: C
                fr: C
                es: C
                """;
        assertThatThrownBy(() -> ConceptSchemeParser.parse(text, "s.txt"))
                .isInstanceOf(ConceptSchemeFormatException.class)
                .hasMessageContaining("line 2: broader links form a cycle: sector.a > sector.b > sector.c > sector.a");
    }

    @Test
    void rejectsABroaderConceptOfAnotherType() {
        String text = """
                concept: sector.water
                broader: practice.x
                en: Water
                fr: Eau
                es: Agua
                concept: practice.x
                en: X
                fr: X
                es: X
                """;
        assertThatThrownBy(() -> ConceptSchemeParser.parse(text, "s.txt"))
                .hasMessageContaining("line 2:").hasMessageContaining("another type");
    }

    @Test
    void rejectsMalformedLines() {
        assertError("concept: Sector.Water\nen: W\nfr: W\nes: W\n", 1, "malformed concept id");
        assertError("concept: place.paris\nen: P\nfr: P\nes: P\n", 1, "unknown type 'place'");
        assertError("en: Water\n", 1, "before the first 'concept:' line");
        assertError("concept: sector.water\nde: Wasser\n", 2, "unknown key 'de'");
        assertError("concept: sector.water\njust words\n", 2, "expected 'key: value'");
        assertError("concept: sector.water\nen: Water | | H2O\n", 2, "empty label");
        assertError("concept: sector.water\nen: Water | water | water\n", 2, "listed twice");
        assertError("\n\nconcept: sector.water\nen: Water\nfr: Eau\n", 3, "no preferred label in es");
        assertError("concept: sector.water\nen: W\nfr: W\nes: W\nconcept: sector.water\n", 5, "already defined on line 1");
        assertError("concept: sector.water\nbroader: sector.water\n", 2, "broader than itself");
        assertError("concept: sector.water\nbroader: sector.a\nbroader: sector.b\n", 3, "second 'broader:'");
        assertError("# nothing here\n", 1, "no concepts defined");
    }

    @Test
    void schemeBuiltInCodeIsValidatedToo() {
        Concept orphan = new Concept("sector.sanitation", ConceptType.SECTOR, "sector.water",
                Map.of("en", "Sanitation"), Map.of());
        assertThatThrownBy(() -> ConceptScheme.of(List.of(orphan)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown broader concept sector.water");
    }

    private static void assertError(String text, int line, String problem) {
        assertThatThrownBy(() -> ConceptSchemeParser.parse(text, "t"))
                .isInstanceOf(ConceptSchemeFormatException.class)
                .hasMessageStartingWith("t, line " + line + ":")
                .hasMessageContaining(problem);
    }
}
