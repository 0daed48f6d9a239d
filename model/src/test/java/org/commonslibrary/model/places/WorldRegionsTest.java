package org.commonslibrary.model.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorldRegionsTest {

    private final WorldRegions regions = WorldRegions.standard();

    @Test
    void holdsUclgsSevenRegions() {
        assertThat(regions.ids()).containsExactly("region.africa", "region.asia-pacific", "region.eurasia",
                "region.europe", "region.latin-america", "region.mewa", "region.north-america");
    }

    @Test
    void labelsComeInTheAskedLanguageAndEnglishOtherwise() {
        assertThat(regions.label("region.latin-america", "fr")).hasValue("Amérique latine");
        assertThat(regions.label("region.latin-america", "es-AR")).hasValue("América Latina");
        assertThat(regions.label("region.latin-america", "de")).hasValue("Latin America");
        assertThat(regions.label("region.atlantis", "en")).isEmpty();
    }
}
