package org.commonslibrary.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.commonslibrary.bench.search.FacetValues;
import org.commonslibrary.model.vocabulary.ConceptScheme;

class VisitorMixTest {

    private static final URI BASE = URI.create("http://127.0.0.1:18180/");
    private static final String RESPONSE = """
            {"facets":[{"name":"kind","values":[{"value":"report","label":"Report","count":9,"selected":false},
              {"value":"case-study","label":"Case study","count":3,"selected":false}]},
             {"name":"language","values":[{"value":"en","label":"English","count":5,"selected":false},
              {"value":"fr","label":"French","count":5,"selected":false}]}],
             "hits":[],"page":1,"pageSize":10,"tookMillis":3,"total":12}
            """;
    private static final List<Long> DOCUMENTS = List.of(4L, 17L, 230L);
    private static final int CALLS = 20_000;

    private final VisitorMix mix = new VisitorMix(BASE, ConceptScheme.standard(),
            FacetValues.fromSearchResponse(RESPONSE), DOCUMENTS);

    @Test
    void eachKindComesAsOftenAsItsWeightSays() {
        Map<RequestKind, Integer> counts = new EnumMap<>(RequestKind.class);
        Random random = new Random(3);
        for (int i = 0; i < CALLS; i++) {
            counts.merge(mix.next(random).kind(), 1, Integer::sum);
        }
        int weights = VisitorMix.WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(weights).isEqualTo(100);
        VisitorMix.WEIGHTS.forEach((kind, weight) -> assertThat(counts.get(kind) * 100.0 / CALLS).as(kind.label())
                .isCloseTo(weight, offset(1.5)));
    }

    @Test
    void searchesHaveWordsOrNotFiltersOrNotAndSometimesALaterPage() {
        List<URI> searches = calls(RequestKind.SEARCH);
        assertThat(searches).allSatisfy(uri -> assertThat(uri.toString()).startsWith(BASE + "api/search?q="));
        assertThat(share(searches, "q=&")).isBetween(0.10, 0.20);
        assertThat(share(searches, "&page=2")).isBetween(0.05, 0.10);
        assertThat(share(searches, "&page=3")).isBetween(0.05, 0.10);
        assertThat(share(searches, "&page=1")).isZero();
        assertThat(share(searches, "&kind=")).isBetween(0.25, 0.55);
        assertThat(searches).anySatisfy(uri -> assertThat(uri.getRawQuery()).contains("&kind=", "&language="));
        assertThat(searches).allSatisfy(uri -> assertThat(uri.getRawQuery()).containsPattern("&lang=(en|fr|es)"));
    }

    @Test
    void suggestionsAreTheBeginningsOfVocabularyLabels() {
        Pattern typed = Pattern.compile("q=([^&]*)&lang=(en|fr|es)$");
        List<String> words = new ArrayList<>();
        for (URI uri : calls(RequestKind.SUGGEST)) {
            assertThat(uri.getPath()).isEqualTo("/api/suggest");
            Matcher matcher = typed.matcher(uri.getRawQuery());
            assertThat(matcher.find()).as(uri.toString()).isTrue();
            String text = URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
            assertThat(text.strip().length()).as(text).isGreaterThanOrEqualTo(TypedBeginnings.MIN_CHARACTERS);
            words.add(text);
        }
        assertThat(words).anySatisfy(w -> assertThat(w).hasSize(2)).anySatisfy(w -> assertThat(w).hasSize(6));
        assertThat(words).contains("ag", "agua");
    }

    @Test
    void documentsAndSimilarOnesAreTheDiscoveredDocumentsAndPagesTheStaticOnes() {
        assertThat(calls(RequestKind.DOCUMENT)).extracting(URI::getPath).containsOnly("/api/documents/4",
                "/api/documents/17", "/api/documents/230");
        assertThat(calls(RequestKind.SIMILAR)).extracting(URI::getPath).containsOnly("/api/documents/4/similar",
                "/api/documents/17/similar", "/api/documents/230/similar");
        assertThat(calls(RequestKind.DOCUMENT)).allSatisfy(uri -> assertThat(uri.getQuery()).matches("lang=(en|fr|es)"));
        assertThat(calls(RequestKind.PAGE)).extracting(URI::toString)
                .containsOnly(BASE.toString(), BASE + "document.html");
    }

    @Test
    void theSameSeedSendsTheSameCalls() {
        Random first = new Random(9);
        Random second = new Random(9);
        for (int i = 0; i < 500; i++) {
            assertThat(mix.next(first)).isEqualTo(mix.next(second));
        }
    }

    @Test
    void aLibraryWithoutDocumentsIsRefused() {
        assertThatThrownBy(() -> new VisitorMix(BASE, ConceptScheme.standard(),
                FacetValues.fromSearchResponse(RESPONSE), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBeginningIsLengthenedPastASpace() {
        for (int seed = 0; seed < 50; seed++) {
            String typed = TypedBeginnings.beginning("a bc", new Random(seed));
            assertThat(typed.strip()).hasSizeGreaterThanOrEqualTo(2);
            assertThat("a bc").startsWith(typed);
        }
        assertThat(TypedBeginnings.beginning("eau", new Random(1))).isIn("ea", "eau");
    }

    private List<URI> calls(RequestKind kind) {
        Random random = new Random(11);
        List<URI> uris = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            LoadRequest request = mix.next(random);
            if (request.kind() == kind) {
                uris.add(request.uri());
            }
        }
        return uris;
    }

    private static double share(List<URI> uris, String part) {
        return uris.stream().filter(uri -> uri.getRawQuery().contains(part)).count() / (double) uris.size();
    }
}
