package org.commonslibrary.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commonslibrary.devnode.DevNodeProcess;
import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.commonslibrary.model.document.DocumentPlace;
import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.search.api.Suggestion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Suggestions against a real OpenSearch node: concepts, places and titles, and never an unpublished one. */
@ExtendWith(DevNodeExtension.class)
class SuggestionsIT {

    private static final String LONDON = "2643743";
    /** The gazetteer's exonyms, as the web module passes them in. */
    private static final CityNames EXONYMS = (cityId, language) -> LONDON.equals(cityId)
            ? Optional.ofNullable(Map.of("fr", "Londres", "es", "Londres").get(language))
            : Optional.empty();

    private static SearchFixture fixture;
    private static long parisId;
    private static long berlinId;
    private static long draftId;

    private final Suggestions suggestions = new Suggestions(ConceptScheme.standard(), EXONYMS);

    @BeforeAll
    static void corpus(DevNodeProcess node) {
        fixture = new SearchFixture(node);
        parisId = fixture.addWithPlaces("Eau de Paris : le retour en régie", "fr",
                List.of("La ville de Paris a repris la gestion de l'eau en régie publique."),
                List.of("practice.remunicipalisation", "sector.water"),
                List.of(new DocumentPlace("FR", "2988507", "Paris", "region.europe", 4, false)));
        berlinId = fixture.addWithPlaces("Berlin buys back its water utility", "en",
                List.of("Berlin bought back the shares of its water utility."),
                List.of("practice.remunicipalisation"),
                List.of(new DocumentPlace("DE", "2950159", "Berlin", "region.europe", 3, false)));
        fixture.addWithPlaces("Housing cooperatives of London", "en",
                List.of("Community land trusts in London keep homes affordable."), List.of(),
                List.of(new DocumentPlace("GB", LONDON, "London", "region.europe", 2, false)));
        draftId = fixture.addWithPlaces("Secret concession plan for Osaka", "en",
                List.of("A draft nobody may read yet."), List.of(),
                List.of(new DocumentPlace("JP", "1853909", "Osaka", "region.asia-pacific", 1, false)));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private List<Suggestion> suggest(String text, String language) {
        return fixture.inTransaction(em -> suggestions.suggest(em, text, language));
    }

    private static Suggestion ofType(List<Suggestion> list, String type) {
        return list.stream().filter(s -> s.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " among " + list));
    }

    @Test
    void conceptsAreLabelledInTheReadersLanguageWhateverLanguageWasTyped() {
        Suggestion spanish = ofType(suggest("remunicipa", "es"), "concept");
        assertThat(spanish.label()).isEqualTo("Remunicipalización");
        assertThat(spanish.facet()).isEqualTo("practice");
        assertThat(spanish.value()).isEqualTo("practice.remunicipalisation");

        // Spanish word, French reader, no accent typed
        Suggestion french = ofType(suggest("AGUA POT", "fr"), "concept");
        assertThat(french.value()).isEqualTo("sector.water");
        assertThat(french.label()).isEqualTo("Eau et assainissement");
        assertThat(french.matched()).isEqualTo("agua potable");
    }

    @Test
    void countriesOfPublishedDocumentsInAnyLanguageSelectTheCountryFacet() {
        Suggestion germany = ofType(suggest("alema", "fr"), "country");
        assertThat(germany.label()).isEqualTo("Allemagne");
        assertThat(germany.matched()).isEqualTo("Alemania");
        assertThat(germany.facet()).isEqualTo("country");
        assertThat(germany.value()).isEqualTo("DE");
        // France is in the library, Fiji is not
        assertThat(suggest("fr", "en")).extracting(Suggestion::value).contains("FR");
        assertThat(suggest("fij", "en")).extracting(Suggestion::type).doesNotContain("country");
    }

    @Test
    void citiesAreLabelledWithTheirNameInTheReadersLanguageAndSearchForIt() {
        Suggestion london = ofType(suggest("londo", "es"), "city");
        assertThat(london.label()).isEqualTo("Londres");
        assertThat(london.matched()).isEqualTo("London");
        assertThat(london.detail()).isEqualTo("Reino Unido");
        assertThat(london.query()).isEqualTo("Londres");
        assertThat(london.facet()).isNull();
        assertThat(ofType(suggest("londres", "en"), "city").label()).isEqualTo("London");
    }

    @Test
    void titlesMatchEveryTypedWordAsABeginningWithoutRegardToAccents() {
        Suggestion berlin = ofType(suggest("wat UTIL", "en"), "title");
        assertThat(berlin.label()).isEqualTo("Berlin buys back its water utility");
        assertThat(berlin.documentId()).isEqualTo(berlinId);
        assertThat(suggest("retour regie", "en")).filteredOn(s -> s.type().equals("title"))
                .extracting(Suggestion::documentId).containsExactly(parisId);
        // every word must begin a title word: "water" does, "paris" is not in that title
        assertThat(suggest("water paris", "en")).extracting(Suggestion::type).doesNotContain("title");
    }

    @Test
    void anUnpublishedDocumentGivesNeitherItsTitleNorThePlacesOnlyItNames() {
        fixture.run(em -> em.find(LibraryDocument.class, draftId).setPublished(true));
        assertThat(suggest("secret conc", "en")).extracting(Suggestion::documentId).contains(draftId);
        assertThat(suggest("osak", "en")).extracting(Suggestion::type).contains("city");

        fixture.run(em -> em.find(LibraryDocument.class, draftId).setPublished(false));
        assertThat(suggest("secret conc", "en")).isEmpty();
        assertThat(suggest("osak", "en")).isEmpty();
        assertThat(suggest("japon", "fr")).isEmpty();
    }

    @Test
    void tooShortSuggestsNothingAndTooLongIsRefused() {
        assertThat(suggest("w", "en")).isEmpty();
        assertThat(suggest("  é ", "en")).isEmpty();
        assertThat(suggest(null, "en")).isEmpty();
        assertThatThrownBy(() -> suggest("w".repeat(101), "en")).isInstanceOf(IllegalArgumentException.class);
        assertThat(suggest("wa", "en")).hasSizeLessThanOrEqualTo(10).isNotEmpty();
    }
}
