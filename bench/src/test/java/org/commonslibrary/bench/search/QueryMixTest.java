package org.commonslibrary.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.commonslibrary.model.vocabulary.ConceptScheme;

class QueryMixTest {

    private static final String RESPONSE = """
            {"facets":[{"name":"kind","values":[{"value":"report","label":"Report","count":90,"selected":false},
              {"value":"case-study","label":"Case study","count":10,"selected":false}]},
             {"name":"language","values":[{"value":"en","label":"English","count":5,"selected":false},
              {"value":"fr","label":"French","count":5,"selected":false}]},
             {"name":"region","values":[{"value":"region.europe","label":"Europe","count":7,"selected":false}]}],
             "hits":[],"page":1,"pageSize":10,"tookMillis":3,"total":100}
            """;

    @Test
    void filtersUseFacetsThatHaveAChoiceAsOftenAsDocumentsCarryTheirValues() {
        FacetValues facets = FacetValues.fromSearchResponse(RESPONSE);
        assertThat(facets.facets()).containsExactly("kind", "language");

        Random random = new Random(1);
        Map<String, Integer> kinds = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            kinds.merge(facets.pick("kind", random), 1, Integer::sum);
        }
        assertThat(kinds.get("report")).isBetween(1700, 1900);
    }

    @Test
    void queriesAreVocabularyWordsInTheThreeLanguagesWithTheAskedNumberOfFilters() {
        QueryMix mix = new QueryMix(ConceptScheme.standard(), FacetValues.fromSearchResponse(RESPONSE), 2);
        Random random = new Random(5);
        Map<String, Integer> languages = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            SearchQuery query = mix.next(random);
            languages.merge(query.language(), 1, Integer::sum);
            assertThat(query.words()).isNotBlank().doesNotContain(":", "\"", "(");
            assertThat(query.filters()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("kind", "language");
        }
        assertThat(languages).containsOnlyKeys("en", "fr", "es");
        assertThat(mix.words("es")).contains("agua", "presupuesto participativo");
        assertThat(mix.words("fr")).contains("remunicipalisation");
    }

    @Test
    void theQueryIsEncodedIntoTheUrl() {
        SearchQuery query = new SearchQuery("économie sociale & solidaire", "fr",
                List.of(Map.entry("region", "region.europe"), Map.entry("kind", "report")));
        assertThat(query.uri(URI.create("http://127.0.0.1:8480/")).toString()).isEqualTo(
                "http://127.0.0.1:8480/api/search?q=%C3%A9conomie+sociale+%26+solidaire&lang=fr"
                        + "&region=region.europe&kind=report");
    }
}
