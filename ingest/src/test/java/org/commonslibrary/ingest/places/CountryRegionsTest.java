package org.commonslibrary.ingest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryRegionsTest {

    /** Antarctica and territories without inhabitants, hence without local governments. */
    private static final Set<String> WITHOUT_REGION = Set.of("AQ", "BV", "HM", "GS", "TF");

    private final CountryRegions regions = CountryRegions.shared();

    @Test
    void everyInhabitedCountryHasARegion() {
        for (Country country : Gazetteer.shared().countries()) {
            if (WITHOUT_REGION.contains(country.code())) {
                assertThat(regions.regionOf(country.code())).as(country.code()).isEmpty();
            } else {
                assertThat(regions.regionOf(country.code())).as(country.code() + " " + country.englishName())
                        .isPresent();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "RU, region.eurasia",
        "KZ, region.eurasia",
        "uz, region.eurasia",
        "TR, region.mewa",
        "IR, region.mewa",
        "AE, region.mewa",
        "LB, region.mewa",
        "MX, region.latin-america",
        "BR, region.latin-america",
        "CU, region.latin-america",
        "PR, region.latin-america",
        "US, region.north-america",
        "CA, region.north-america",
        "FR, region.europe",
        "UA, region.europe",
        "EG, region.africa",
        "TZ, region.africa",
        "RE, region.africa",
        "KR, region.asia-pacific",
        "IN, region.asia-pacific",
        "NZ, region.asia-pacific",
    })
    void countriesAreFiledLikeUclgFilesThem(String code, String region) {
        assertThat(regions.regionOf(code)).contains(region);
    }

    @Test
    void sevenRegionsLabelledInThreeLanguages() {
        assertThat(regions.regionIds()).containsExactly("region.africa", "region.asia-pacific", "region.eurasia",
                "region.europe", "region.latin-america", "region.mewa", "region.north-america");
        assertThat(regions.label("region.latin-america", "fr")).contains("Amérique latine");
        assertThat(regions.label("region.latin-america", "es")).contains("América Latina");
        assertThat(regions.label("region.mewa", "en")).contains("Middle East and West Asia");
        assertThat(regions.label("region.mewa", "de")).contains("Middle East and West Asia");
        assertThat(regions.label("region.atlantis", "en")).isEmpty();
    }

    @Test
    void countriesOfARegion() {
        assertThat(regions.countriesIn("region.north-america")).contains("US", "CA").doesNotContain("MX");
        assertThat(regions.countriesIn("region.eurasia")).contains("RU", "KG", "TJ");
        assertThat(regions.regionOf(null)).isEmpty();
    }
}
