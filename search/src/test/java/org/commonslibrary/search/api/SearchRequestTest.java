package org.commonslibrary.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void theQueryLanguageFallsBackToTheInterfaceLanguage() {
        assertThat(new SearchRequest("agua", 1, 10, Map.of(), "es").queryLanguage()).isEqualTo("es");
        assertThat(new SearchRequest("agua", 1, 10, Map.of(), "fr", List.of(), "und").queryLanguage())
                .isEqualTo("fr");
        assertThat(new SearchRequest("agua", 1, 10, Map.of(), "de", List.of(), null).queryLanguage())
                .isEqualTo("en");
    }

    @Test
    void aDetectedQueryLanguageIsKept() {
        assertThat(new SearchRequest("agua", 1, 10, Map.of(), "en", List.of(), "es").queryLanguage())
                .isEqualTo("es");
    }
}
