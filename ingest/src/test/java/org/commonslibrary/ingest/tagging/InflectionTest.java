package org.commonslibrary.ingest.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InflectionTest {

    @Test
    void englishBringsSpellingsAndInflectionsTogether() {
        Inflection en = Inflection.ENGLISH;
        assertThat(en.stem("remunicipalisation")).isEqualTo("remunicipalis")
                .isEqualTo(en.stem("remunicipalization")).isEqualTo(en.stem("remunicipalised"))
                .isEqualTo(en.stem("remunicipalizing")).isEqualTo(en.stem("remunicipalise"));
        assertThat(en.stem("communities")).isEqualTo(en.stem("community"));
        assertThat(en.stem("management")).isEqualTo(en.stem("managed")).isEqualTo(en.stem("manage"));
        assertThat(en.stem("buses")).isEqualTo(en.stem("bus"));
    }

    @Test
    void englishLeavesShortStemsAlone() {
        assertThat(Inflection.ENGLISH.stem("housing")).isNotEqualTo(Inflection.ENGLISH.stem("house"));
        assertThat(Inflection.ENGLISH.stem("gas")).isEqualTo("gas");
        assertThat(Inflection.ENGLISH.stem("2030")).isEqualTo("2030");
    }

    @Test
    void frenchHandlesPluralsAndParticiples() {
        Inflection fr = Inflection.FRENCH;
        assertThat(fr.stem("sociaux")).isEqualTo(fr.stem("sociale")).isEqualTo(fr.stem("social"));
        assertThat(fr.stem("reseaux")).isEqualTo(fr.stem("reseau"));
        assertThat(fr.stem("remunicipalisee")).isEqualTo(fr.stem("remunicipalisation"))
                .isEqualTo(fr.stem("remunicipaliser")).isEqualTo(fr.stem("remunicipalisent"));
        assertThat(fr.stem("logements")).isEqualTo(fr.stem("logement"));
    }

    @Test
    void spanishHandlesGenderNumberAndVerbEndings() {
        Inflection es = Inflection.SPANISH;
        assertThat(es.stem("cooperativas")).isEqualTo(es.stem("cooperativo")).isEqualTo("cooperativ");
        assertThat(es.stem("ciudades")).isEqualTo(es.stem("ciudad"));
        assertThat(es.stem("parques")).isEqualTo(es.stem("parque"));
        assertThat(es.stem("remunicipalizacion")).isEqualTo(es.stem("remunicipalizo"))
                .isEqualTo(es.stem("remunicipalizaron")).isEqualTo(es.stem("remunicipalizar"))
                .isEqualTo(es.stem("remunicipalizados"));
        assertThat(es.stem("uso")).isEqualTo(es.stem("usos"));
    }

    @Test
    void unknownLanguagesOnlyLosePlurals() {
        assertThat(Inflection.forLanguage("de")).isEqualTo(Inflection.NEUTRAL);
        assertThat(Inflection.forLanguage(null)).isEqualTo(Inflection.NEUTRAL);
        assertThat(Inflection.forLanguage("ES")).isEqualTo(Inflection.SPANISH);
        assertThat(Inflection.NEUTRAL.stem("commons")).isEqualTo("common");
        assertThat(Inflection.NEUTRAL.stem("managed")).isEqualTo("managed");
    }
}
