package org.commonslibrary.ingest.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ConceptTaggerTest {

    private final ConceptTagger tagger = ConceptTagger.standard();

    @Test
    void findsInflectedFormsInEachLanguage() {
        assertThat(ids("The town remunicipalised its water in 2001.", "en")).contains("practice.remunicipalisation");
        assertThat(ids("Councils remunicipalizing their services", "en")).contains("practice.remunicipalisation");
        assertThat(ids("Two energy cooperatives were founded.", "en")).contains("practice.energy-cooperative");
        assertThat(ids("Les coopératives énergétiques du département", "fr")).contains("practice.energy-cooperative");
        assertThat(ids("Une régie remunicipalisée en 2010", "fr")).contains("practice.remunicipalisation");
        assertThat(ids("Las cooperativas energéticas de la región", "es")).contains("practice.energy-cooperative");
        assertThat(ids("El ayuntamiento remunicipalizó el servicio.", "es")).contains("practice.remunicipalisation");
        assertThat(ids("Varias ciudades remunicipalizaron la limpieza.", "es")).contains("practice.remunicipalisation");
        assertThat(ids("Les clauses sociales et la clause sociale", "fr")).containsExactly("practice.social-clause");
    }

    @Test
    void ignoresCaseAndMissingAccents() {
        assertThat(ids("LA COGESTION DEL MERCADO", "es")).containsExactly("practice.co-management");
        assertThat(ids("una cooperativa energetica", "es")).contains("practice.energy-cooperative");
        assertThat(ids("le droit a la ville", "fr")).containsExactly("practice.right-to-the-city");
        assertThat(ids("ECONOMIE SOCIALE ET SOLIDAIRE", "fr")).containsExactly("practice.social-solidarity-economy");
    }

    @Test
    void treatsHyphenSpaceAndNothingAlike() {
        for (String text : List.of("co-management", "co management", "comanagement", "Co-managed", "co‑management")) {
            assertThat(ids("The park is under " + text + " today.", "en")).as(text).contains("practice.co-management");
        }
        assertThat(ids("public community partnerships", "en")).containsExactly("practice.public-community-partnership");
        assertThat(ids("SDG6 and SDG 6", "en")).containsExactly("agenda.sdg-6");
    }

    @Test
    void reportsOffsetsIntoTheGivenText() {
        String text = "In Paris, Eau de Paris runs water and sanitation since the remunicipalisation.";
        List<ConceptMatch> matches = tagger.tag(text, "en");
        assertThat(matches).extracting(ConceptMatch::conceptId)
                .containsExactly("sector.water", "sector.water", "practice.remunicipalisation");
        for (ConceptMatch m : matches) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matchedText());
        }
        ConceptMatch sanitation = matches.get(1);
        assertThat(sanitation.matchedText()).isEqualTo("water and sanitation");
        assertThat(sanitation.start()).isEqualTo(text.indexOf("water and"));
        assertThat(matches.get(0).matchedText()).isEqualTo("Eau");
    }

    @Test
    void longestMatchWins() {
        List<ConceptMatch> matches = tagger.tag("Access to water and sanitation is a right.", "en");
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.conceptId()).isEqualTo("sector.water");
            assertThat(m.matchedText()).isEqualTo("water and sanitation");
        });
        assertThat(ids("Les transports en commun urbains", "fr")).containsExactly("sector.transport");
        assertThat(ids("urban commons", "en")).containsExactly("practice.urban-commons");
        assertThat(ids("The House of Commons voted on water charges.", "en")).containsExactly("sector.water");
    }

    @Test
    void keepsTheSectorNamedInsideAPracticeTerm() {
        List<ConceptMatch> matches = tagger.tag("a citizen energy cooperative", "en");
        assertThat(matches).extracting(ConceptMatch::conceptId, ConceptMatch::matchedText).containsExactly(
                org.assertj.core.groups.Tuple.tuple("practice.energy-cooperative", "energy cooperative"),
                org.assertj.core.groups.Tuple.tuple("sector.energy", "energy"));
        assertThat(ids("the community land trust", "en"))
                .containsExactly("practice.community-land-trust", "sector.housing-land");
    }

    @Test
    void neverMatchesInsideAWord() {
        assertThat(ids("Wastewater plants and the watershed", "en")).containsExactly("sector.sanitation");
        assertThat(ids("a landscape of landmarks", "en")).isEmpty();
        assertThat(ids("Commonly, the commonwealth", "en")).isEmpty();
        assertThat(ids("un bureau de l'energiewende", "fr")).isEmpty();
    }

    @Test
    void punctuationEndsAMultiWordLabel() {
        assertThat(ids("It was social. Clauses followed.", "en")).isEmpty();
        assertThat(ids("social clauses", "en")).containsExactly("practice.social-clause");
    }

    @Test
    void matchesLabelsOfEveryLanguageInAnyText() {
        assertThat(ids("Officials quoted the derecho a la ciudad and the droit à la ville.", "en"))
                .containsExactly("practice.right-to-the-city");
        assertThat(ids("Le community land trust de Bruxelles", "fr")).contains("practice.community-land-trust");
        assertThat(ids("Los patti di collaborazione de Bolonia", "es")).containsExactly("practice.collaboration-pact");
        assertThat(ids("The remunicipalización del agua in Buenos Aires", "en"))
                .containsExactly("practice.remunicipalisation", "sector.water");
    }

    @Test
    void genericWordsAndLookAlikesAreNotConcepts() {
        assertThat(ids("A common approach for the public, with great care.", "en")).isEmpty();
        assertThat(ids("Les communes urbaines et rurales du département", "fr")).isEmpty();
        assertThat(ids("La ciudad como bien común", "es")).isEmpty();
        assertThat(ids("An odd choice", "en")).isEmpty();
        assertThat(ids("les ODD et l'ODD 11", "fr")).containsExactly("agenda.2030-agenda", "agenda.sdg-11");
        assertThat(ids("A flat of 60 square metres", "en")).isEmpty();
        assertThat(ids("Mayor Park opened the parks", "en")).containsExactly("sector.public-space");
        assertThat(ids("the financial sustainability of the utility", "en")).isEmpty();
        assertThat(ids("la modernisation de la gestion publique", "fr")).isEmpty();
        assertThat(ids("le retour à la gestion publique", "fr")).containsExactly("practice.remunicipalisation");
    }

    @Test
    void falseFriendsMatchOnlyInTheirOwnLanguage() {
        assertThat(ids("la fonction sociale du sol", "fr")).containsExactly("sector.housing-land");
        assertThat(ids("paneles que aprovechan el sol", "es")).isEmpty();
    }

    @Test
    void handlesEmptyTextAndUnknownLanguages() {
        assertThat(tagger.tag(null, "en")).isEmpty();
        assertThat(tagger.tag("   ", "en")).isEmpty();
        assertThat(ids("Urban commons and collaboration pacts", null))
                .containsExactly("practice.urban-commons", "practice.collaboration-pact");
        assertThat(ids("Urban commons", "de")).containsExactly("practice.urban-commons");
    }

    @Test
    void isSafeToShareBetweenThreads() {
        String text = "Remunicipalisation of water, energy cooperatives and participatory budgeting in Porto Alegre.";
        List<ConceptMatch> expected = tagger.tag(text, "en");
        List<List<ConceptMatch>> results = IntStream.range(0, 200).parallel()
                .mapToObj(i -> tagger.tag(text, "en")).toList();
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    private List<String> ids(String text, String language) {
        return List.copyOf(tagger.conceptIds(text, language));
    }
}
