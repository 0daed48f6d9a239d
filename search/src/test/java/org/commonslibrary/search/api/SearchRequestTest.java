package org.commonslibrary.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SearchRequestTest {

    private static SearchRequest inLanguage(String interfaceLanguage, String queryLanguage) {
        return new SearchRequest("agua", 1, 10, Map.of(), interfaceLanguage, List.of(), queryLanguage);
    }

    @Test
    void theQueryLanguageFallsBackToTheInterfaceLanguage() {
        assertThat(new SearchRequest("agua", 1, 10, Map.of(), "es").queryLanguage()).isEqualTo("es");
        assertThat(inLanguage("fr", "und").queryLanguage()).isEqualTo("fr");
        assertThat(inLanguage("de", null).queryLanguage()).isEqualTo("en");
    }

    @Test
    void aDetectedQueryLanguageIsKept() {
        assertThat(inLanguage("en", "es").queryLanguage()).isEqualTo("es");
    }
}
