package org.commonslibrary.ingest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceFinderTest {

    private final PlaceFinder finder = PlaceFinder.shared();

    private List<String> labels(String text, String language) {
        return finder.find(text, language).stream().map(PlaceMention::label).toList();
    }

    @Test
    void casesAndAccentsDoNotMatter() {
        assertThat(labels("Bogotá, Bogota, BOGOTA and bogotá.", "en"))
                .containsExactly("city:CO:Bogotá", "city:CO:Bogotá", "city:CO:Bogotá");
        assertThat(labels("LES ÉTATS-UNIS ET LES ETATS UNIS", "fr")).containsExactly("country:US", "country:US");
        assertThat(labels("Múnich, Munich y München", "es"))
                .containsExactly("city:DE:Munich", "city:DE:Munich", "city:DE:Munich");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr | Les délégations de Londres et de Varsovie.   | city:GB:London,city:PL:Warsaw",
        "es | Las delegaciones de Londres y Varsovia.      | city:GB:London,city:PL:Warsaw",
        "es | Desde Nueva York hasta Ciudad del Cabo.      | city:US:New York,city:ZA:Cape Town",
        "fr | De Pékin au Caire, en passant par Séoul.     | city:CN:Beijing,city:EG:Cairo,city:KR:Seoul",
        "es | De Pekín a El Cairo, pasando por Seúl.       | city:CN:Beijing,city:EG:Cairo,city:KR:Seoul",
        "es | Bruselas, Nápoles y Lisboa.                  | city:BE:Brussels,city:IT:Naples,city:PT:Lisbon",
        "fr | Bruxelles, Naples et Lisbonne.               | city:BE:Brussels,city:IT:Naples,city:PT:Lisbon",
        "en | ABC Napoli and the city of Napoli.           | city:IT:Naples,city:IT:Naples",
        "fr | La Tanzanie, les Pays-Bas et la Côte d'Ivoire. | country:TZ,country:NL,country:CI",
        "en | Ivory Coast, the Netherlands and Tanzania.   | country:CI,country:NL,country:TZ",
        "es | Estados Unidos, el Reino Unido y el Perú.    | country:US,country:GB,country:PE",
        "en | Projects in the United States of America and in Great Britain. | country:US,country:GB",
    })
    void frenchAndSpanishNames(String language, String text, String expected) {
        assertThat(labels(text, language)).containsExactly(expected.split(","));
    }

    @Test
    void longestNameWins() {
        assertThat(labels("Papua New Guinea", "en")).containsExactly("country:PG");
        assertThat(labels("Guinea-Bissau and Equatorial Guinea", "en")).containsExactly("country:GW", "country:GQ");
        assertThat(labels("Mexico City is the capital of Mexico.", "en"))
                .containsExactly("city:MX:Mexico City", "country:MX");
        assertThat(labels("La Ciudad de México.", "es")).containsExactly("city:MX:Mexico City");
        assertThat(labels("Water in Dar es Salaam and in Porto Alegre.", "en"))
                .containsExactly("city:TZ:Dar es Salaam", "city:BR:Porto Alegre");
        assertThat(labels("La République démocratique du Congo et le Congo.", "fr"))
                .containsExactly("country:CD", "country:CG");
    }

    @Test
    void wholeWordsOnly() {
        assertThat(labels("Parisians and Romanians met the Berliner Wassertisch.", "en")).isEmpty();
        assertThat(labels("La région Île-de-France et la Seine-Saint-Denis.", "fr")).isEmpty();
        assertThat(labels("See www.paris.fr or write to info@lyon.fr.", "en")).isEmpty();
        assertThat(labels("A Preston-based cooperative.", "en")).containsExactly("city:GB:Preston");
    }

    @Test
    void placesInsidePhrasesAreFound() {
        assertThat(labels("the city of Paris", "en")).containsExactly("city:FR:Paris");
        assertThat(labels("la ville de Grenoble", "fr")).containsExactly("city:FR:Grenoble");
        assertThat(labels("la ciudad de Buenos Aires", "es")).containsExactly("city:AR:Buenos Aires");
        assertThat(labels("the Republic of Korea and the Plurinational State of Bolivia", "en"))
                .containsExactly("country:KR", "country:BO");
        assertThat(labels("Eau de Paris and Barcelona Energia", "en"))
                .containsExactly("city:FR:Paris", "city:ES:Barcelona");
    }

    @Test
    void ordinaryWordsAreNotCities() {
        assertThat(labels("Nice to meet you. The results were nice.", "en")).isEmpty();
        assertThat(labels("Further Reading", "en")).isEmpty();
        assertThat(labels("Reading the contract, we split the costs.", "en")).isEmpty();
        assertThat(labels("Mobile phones are on sale; Mobile Money is popular.", "en")).isEmpty();
        assertThat(labels("Split the bill. Orange and Suez bid for the contract.", "en")).isEmpty();
        assertThat(labels("Of the forty cases, a Santa Claus parade.", "en")).isEmpty();
        assertThat(labels("Réunion de lancement : il faut trier les déchets.", "fr")).isEmpty();
        assertThat(labels("La cuenca del río y la paz social.", "es")).isEmpty();
        assertThat(labels("THE RESULTS WERE NICE", "en")).isEmpty();
    }

    @Test
    void ordinaryWordsThatAreWrittenAsNamesAreCities() {
        assertThat(labels("Projects in Nice and Lyon.", "en")).containsExactly("city:FR:Nice", "city:FR:Lyon");
        assertThat(labels("La régie de Nice a été créée.", "fr")).containsExactly("city:FR:Nice");
        assertThat(labels("La cuenca abastece a Cuenca, en Ecuador.", "es"))
                .containsExactly("city:EC:Cuenca", "country:EC");
        assertThat(labels("The city of Reading and Reading Borough Council.", "en"))
                .containsExactly("city:GB:Reading", "city:GB:Reading");
        assertThat(labels("Tours et Angers ont comparé leurs régies.", "fr"))
                .containsExactly("city:FR:Tours", "city:FR:Angers");
        assertThat(labels("L'île de La Réunion et Salé, au Maroc.", "fr"))
                .containsExactly("country:RE", "city:MA:Salé", "country:MA");
    }

    @Test
    void provincesStatesAndTreatiesAreNotTheirNamesakes() {
        assertThat(labels("Le Québec a développé un réseau ; au Québec, les places sont subventionnées.", "fr"))
                .isEmpty();
        assertThat(labels("À Montréal comme dans la ville de Québec.", "fr"))
                .containsExactly("city:CA:Montréal", "city:CA:Quebec City");
        assertThat(labels("New Mexico, New Jersey and New South Wales", "en")).isEmpty();
        assertThat(labels("The Paris Agreement and the accord de Paris.", "en")).isEmpty();
        assertThat(labels("the Niger Delta", "en")).isEmpty();
        assertThat(labels("El Estado de México y la provincia de Buenos Aires.", "es")).isEmpty();
        assertThat(labels("Santiago de Compostela, Santiago de Chile y Santiago de Cali.", "es"))
                .containsExactly("city:CL:Santiago", "city:CO:Cali");
    }

    @Test
    void adjectivesAndPeopleAreNotPlaces() {
        assertThat(labels("French cities and German utilities.", "en")).isEmpty();
        assertThat(labels("Les villes françaises et espagnoles.", "fr")).isEmpty();
        assertThat(labels("Las ciudades españolas y francesas.", "es")).isEmpty();
        assertThat(labels("Salvador Allende and Florence Nightingale.", "en")).isEmpty();
        assertThat(labels("The turkey was served. Turkey's cities grew.", "en")).containsExactly("country:TR");
    }

    @Test
    void acronymsNeedTheirCase() {
        assertThat(labels("The US and the U.K. told us.", "en")).containsExactly("country:US", "country:GB");
        assertThat(labels("EE. UU. y EE.UU. y EEUU", "es")).containsExactly("country:US", "country:US", "country:US");
        assertThat(labels("CONTACT US", "en")).isEmpty();
        assertThat(labels("It cost US$ 5 million.", "en")).isEmpty();
    }

    @Test
    void sharedCityNamesGoToTheMostPopulousUnlessACountryIsNamed() {
        assertThat(labels("Valencia", "en")).containsExactly("city:VE:Valencia");
        assertThat(labels("Valencia, Spain", "en")).containsExactly("city:ES:Valencia", "country:ES");
        assertThat(labels("Valencia, en Venezuela, y Valencia, en España.", "es"))
                .containsExactly("city:VE:Valencia", "country:VE", "city:ES:Valencia", "country:ES");
        assertThat(labels("London and Birmingham", "en")).containsExactly("city:GB:London", "city:GB:Birmingham");
        assertThat(labels("London, Canada", "en")).containsExactly("city:CA:London", "country:CA");
        assertThat(labels("Argentina y San Juan (Puerto Rico).", "es"))
                .containsExactly("country:AR", "city:PR:San Juan", "country:PR");
    }

    @Test
    void inFrenchAndSpanishANamesakeOfTheLanguageIsPreferred() {
        assertThat(labels("La ville de Brest.", "fr")).containsExactly("city:FR:Brest");
        assertThat(labels("The city of Brest.", "en")).containsExactly("city:BY:Brest");
        assertThat(labels("En Cádiz.", "es")).containsExactly("city:ES:Cádiz");
    }

    @Test
    void countryNamesWinOverCitiesOfTheSameName() {
        assertThat(labels("Singapore and Armenia", "en")).containsExactly("country:SG", "country:AM");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Die Straße führt nach München; la Côte d’Ivoire et les U.S.";
        List<PlaceMention> mentions = finder.find(text, "und");
        assertThat(mentions).hasSize(3);
        for (PlaceMention mention : mentions) {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.matchedText());
        }
        assertThat(mentions.get(0).matchedText()).isEqualTo("München");
        assertThat(mentions.get(0).name()).isEqualTo("Munich");
        assertThat(mentions.get(0).cityId()).isEqualTo("2867714");
        assertThat(mentions.get(1).matchedText()).isEqualTo("Côte d’Ivoire");
        assertThat(mentions.get(1).cityId()).isNull();
        assertThat(mentions.get(2).matchedText()).isEqualTo("U.S.");
        assertThat(mentions.get(2).name()).isEqualTo("United States");
    }

    @Test
    void languageTagsAndEmptyTexts() {
        assertThat(labels("Tours et Angers", "fr-FR")).containsExactly("city:FR:Tours", "city:FR:Angers");
        assertThat(finder.find("", "en")).isEmpty();
        assertThat(finder.find(null, "en")).isEmpty();
        assertThat(labels("Projects in Nice.", null)).containsExactly("city:FR:Nice");
    }

    @Test
    void oneFinderServesManyThreads() throws Exception {
        String text = "Paris, Berlin, Hamburg, Naples, Bologna, Barcelona, Preston, Seoul and Buenos Aires.";
        List<String> expected = labels(text, "en");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = pool.invokeAll(java.util.Collections.nCopies(40, () -> labels(text, "en")));
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).hasSize(9);
    }
}
