package org.commonslibrary.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.search.api.Suggestion;
import org.junit.jupiter.api.Test;

class ConceptSuggestionsTest {

    private final ConceptSuggestions suggestions = new ConceptSuggestions(ConceptScheme.standard());

    private List<Suggestion> suggest(String typed, String language) {
        return suggestions.matching(PrefixMatch.fold(typed), language, 10);
    }

    @Test
    void aSynonymInAnotherLanguageSuggestsTheConceptInTheReadersLanguage() {
        // "reprise en régie" is French; the Spanish reader gets the Spanish label, and sees what matched
        Suggestion first = suggest("REPRISE EN REGIE", "es").get(0);
        assertThat(first.value()).isEqualTo("practice.remunicipalisation");
        assertThat(first.label()).isEqualTo("Remunicipalización");
        assertThat(first.matched()).isEqualTo("reprise en régie");
        assertThat(first.facet()).isEqualTo("practice");
        assertThat(first.detail()).isEqualTo("Práctica");
        assertThat(first.query()).isNull();
        assertThat(first.documentId()).isNull();
    }

    @Test
    void accentsTypedOrNotMatchTheSame() {
        assertThat(suggest("energie", "fr")).extracting(Suggestion::value).contains("sector.energy");
        assertThat(suggest("énergie", "fr")).extracting(Suggestion::value).contains("sector.energy");
        Suggestion energy = suggest("ENERG", "fr").stream().filter(s -> s.value().equals("sector.energy"))
                .findFirst().orElseThrow();
        assertThat(energy.label()).isEqualTo("Énergie");
        assertThat(energy.matched()).isNull();
        assertThat(energy.detail()).isEqualTo("Secteur");
    }

    @Test
    void aWordInsideALabelMatchesButRanksBelowALabelThatStartsWithTheLetters() {
        // "pacte" begins "Pacte de collaboration"; "colla" begins its third word
        assertThat(suggest("colla", "fr")).extracting(Suggestion::value).contains("practice.collaboration-pact");
        List<Suggestion> water = suggest("wat", "en");
        assertThat(water.get(0).value()).isEqualTo("sector.water");
        assertThat(water.get(0).label()).isEqualTo("Water and sanitation");
        // the preferred label matched, so there is nothing else to show
        assertThat(water.get(0).matched()).isNull();
        // "Sanitation" starts with the letters, "Water and sanitation" only has a word that does
        assertThat(suggest("sanit", "en")).extracting(Suggestion::value)
                .containsSubsequence("sector.sanitation", "sector.water");
    }

    @Test
    void lettersInsideAWordOrUnknownSuggestNothing() {
        assertThat(suggest("unicipalis", "en")).isEmpty();
        assertThat(suggest("zzqx", "en")).isEmpty();
    }

    @Test
    void theLimitIsKept() {
        assertThat(suggest("pu", "en")).hasSizeLessThanOrEqualTo(10);
        assertThat(suggestions.matching("pu", "en", 2)).hasSize(2);
    }
}
