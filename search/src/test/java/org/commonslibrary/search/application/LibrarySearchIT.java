package org.commonslibrary.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonslibrary.devnode.DevNodeProcess;
import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.search.api.SearchHit;
import org.commonslibrary.search.api.Facet;
import org.commonslibrary.search.api.FacetCounts;
import org.commonslibrary.search.api.FacetValue;
import org.commonslibrary.search.api.SearchRequest;
import org.commonslibrary.search.api.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Document search against a real OpenSearch node, with facet counts checked against the database. */
@ExtendWith(DevNodeExtension.class)
class LibrarySearchIT {

    private static SearchFixture fixture;
    private static long parisId;
    private static long berlinId;
    private static long bolognaId;
    private static long madridId;

    private final LibrarySearch search = new LibrarySearch();

    @BeforeAll
    static void corpus(DevNodeProcess node) {
        fixture = new SearchFixture(node);
        parisId = fixture.add("Eau de Paris", "case-study", "fr", List.of(
                "La ville de Paris a créé un opérateur public unique en 2010.",
                "La remunicipalisation de l'eau a réduit le prix payé par les usagers."),
                List.of("practice.remunicipalisation", "sector.water"), List.of("FR"));
        berlinId = fixture.add("Berlin buys back its water", "case-study", "en", List.of(
                "Berlin had sold shares of its water utility in 1999.",
                "A referendum led the city to buy back the private shares of the water utility in 2012 and 2013.",
                "Remunicipalisation of water became a reference for other cities."));
        bolognaId = fixture.add("Regulation on urban commons", "legal-instrument", "en", List.of(
                "Citizens and the city sign collaboration pacts for the care of urban commons.",
                "The regulation says <script>alert('x')</script> is not a pact & never will be."),
                List.of("practice.collaboration-pact"), List.of("IT"));
        madridId = fixture.add("Gestión comunitaria de equipamientos", "case-study", "es", List.of(
                "La ley de 2015 permite la gestión comunitaria de equipamientos públicos en Madrid."));
        long draft = fixture.add("Unpublished draft on water", "report", "en",
                List.of("A draft about water not yet published."));
        fixture.run(em -> em.find(LibraryDocument.class, draft).setPublished(false));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private SearchResults run(String query, Map<Facet, List<String>> filters) {
        return fixture.inTransaction(em -> search.search(em, new SearchRequest(query, 1, 10, filters, "en")));
    }

    @Test
    void findsDocumentsAndCitesTheMatchingPage() {
        SearchResults results = run("referendum", Map.of());
        assertThat(results.total()).isEqualTo(1);
        SearchHit hit = results.hits().get(0);
        assertThat(hit.documentId()).isEqualTo(berlinId);
        assertThat(hit.passages()).isNotEmpty();
        assertThat(hit.passages().get(0).page()).isEqualTo(2);
        assertThat(hit.passages().get(0).highlight()).contains("<mark>referendum</mark>");
    }

    @Test
    void foldsAccentsAndCase() {
        SearchResults results = run("OPERATEUR PUBLIC", Map.of());
        assertThat(results.hits()).extracting(SearchHit::documentId).containsExactly(parisId);
        assertThat(results.hits().get(0).passages().get(0).page()).isEqualTo(1);
    }

    @Test
    void unpublishedDocumentsNeverAppear() {
        SearchResults results = run("water", Map.of());
        assertThat(results.hits()).extracting(SearchHit::title).doesNotContain("Unpublished draft on water");
        assertThat(results.total()).isEqualTo(1);
    }

    @Test
    void highlightsEscapeTheDocumentsOwnMarkup() {
        SearchResults results = run("pact", Map.of());
        String highlight = results.hits().stream().filter(h -> h.documentId() == bolognaId).findFirst().orElseThrow()
                .passages().stream().filter(p -> p.page() == 2).findFirst().orElseThrow().highlight();
        assertThat(highlight).contains("&lt;script&gt;").doesNotContain("<script>").contains("&amp;");
        Matcher tags = Pattern.compile("</?([a-zA-Z]+)").matcher(highlight);
        while (tags.find()) {
            assertThat(tags.group(1)).isEqualTo("mark");
        }
    }

    @Test
    void facetCountsMatchTheDatabase() {
        SearchResults results = run("", Map.of());
        Map<String, Long> kindsInDatabase = countPublished("kind");
        Map<String, Long> languagesInDatabase = countPublished("language");
        assertThat(counts(results, Facet.KIND)).isEqualTo(kindsInDatabase);
        assertThat(counts(results, Facet.LANGUAGE)).isEqualTo(languagesInDatabase);
        assertThat(results.total()).isEqualTo(kindsInDatabase.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aFacetsOwnSelectionDoesNotHideItsOtherValues() {
        SearchResults results = run("", Map.of(Facet.LANGUAGE, List.of("fr")));
        assertThat(results.hits()).extracting(SearchHit::documentId).containsExactly(parisId);
        // language counts ignore the language filter; kind counts honour it
        assertThat(counts(results, Facet.LANGUAGE)).isEqualTo(countPublished("language"));
        assertThat(counts(results, Facet.KIND)).isEqualTo(Map.of("case-study", 1L));
        FacetValue french = value(results, Facet.LANGUAGE, "fr");
        assertThat(french.selected()).isTrue();
        assertThat(french.label()).isEqualTo("French");
    }

    @Test
    void valuesOfOneFacetCombineWithOrAndFacetsWithAnd() {
        SearchResults either = run("", Map.of(Facet.LANGUAGE, List.of("fr", "en")));
        assertThat(either.total()).isEqualTo(3);
        SearchResults both = run("", Map.of(Facet.LANGUAGE, List.of("en"), Facet.KIND, List.of("legal-instrument")));
        assertThat(both.hits()).extracting(SearchHit::documentId).containsExactly(bolognaId);
    }

    @Test
    void labelsComeInTheRequestedLanguage() {
        SearchResults results = fixture.inTransaction(
                em -> search.search(em, new SearchRequest("", 1, 10, Map.of(), "es")));
        assertThat(value(results, Facet.KIND, "case-study").label()).isEqualTo("Estudio de caso");
        assertThat(value(results, Facet.LANGUAGE, "fr").label()).isEqualTo("Francés");
    }

    @Test
    void aQueryNamingAConceptFindsDocumentsTaggedWithItInAnotherLanguage() {
        SearchResults wordsOnly = run("agua", Map.of());
        assertThat(wordsOnly.total()).isZero();
        SearchResults byConcept = fixture.inTransaction(em -> search.search(em,
                new SearchRequest("agua", 1, 10, Map.of(), "es", List.of("sector.water"))));
        assertThat(byConcept.hits()).extracting(SearchHit::documentId).containsExactly(parisId);
        // the passage cited is the one tagged with the concept, though it shares no word with the query
        assertThat(byConcept.hits().get(0).passages()).isNotEmpty();
    }

    @Test
    void documentsMatchingTheWordsRankAboveThoseMatchingOnlyTheConcept() {
        SearchResults results = fixture.inTransaction(em -> search.search(em,
                new SearchRequest("water", 1, 10, Map.of(), "en", List.of("sector.water"))));
        assertThat(results.hits()).extracting(SearchHit::documentId).containsExactly(berlinId, parisId);
    }

    @Test
    void broadConceptsCountTheirNarrowerOnesAndLabelsFollowTheLanguage() {
        SearchResults results = fixture.inTransaction(em -> search.search(em,
                new SearchRequest("", 1, 10, Map.of(Facet.PRACTICE, List.of("practice.commoning")), "es")));
        // a collaboration pact is a kind of co-management, itself a kind of commoning
        assertThat(results.hits()).extracting(SearchHit::documentId).containsExactly(bolognaId);
        assertThat(counts(results, Facet.SECTOR)).doesNotContainKey("sector.water");
        assertThat(value(results, Facet.PRACTICE, "practice.remunicipalisation").label()).isEqualTo("Remunicipalización");
        SearchResults everything = fixture.inTransaction(
                em -> search.search(em, new SearchRequest("", 1, 10, Map.of(), "es")));
        assertThat(value(everything, Facet.REGION, "region.europe").count()).isEqualTo(2);
        assertThat(value(everything, Facet.REGION, "region.europe").label()).isEqualTo("Europa");
        assertThat(value(everything, Facet.COUNTRY, "FR").label()).isEqualTo("Francia");
    }

    @Test
    void operatorsTheUserTypesAreHonouredAndBrokenSyntaxIsHarmless() {
        assertThat(run("water -referendum", Map.of()).total()).isZero();
        assertThat(run("\"private shares\"", Map.of()).hits()).extracting(SearchHit::documentId)
                .containsExactly(berlinId);
        assertThat(run("remunicipali*", Map.of()).total()).isEqualTo(2);
        assertThat(run("\"unbalanced (quote AND", Map.of()).total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void phrasesKeepTheirWordsInOrder() {
        assertThat(run("\"shares private\"", Map.of()).total()).isZero();
        assertThat(run("\"buy back\" utility", Map.of()).hits()).extracting(SearchHit::documentId)
                .containsExactly(berlinId);
    }

    @Test
    void theLastWordMayBeUnfinished() {
        assertThat(run("Berlin wat", Map.of()).hits()).extracting(SearchHit::documentId).containsExactly(berlinId);
        assertThat(run("remunicipali", Map.of()).hits()).extracting(SearchHit::documentId)
                .containsExactlyInAnyOrder(parisId, berlinId);
        // only the last word: "wat" before "sign" is a word of its own, which no document has
        assertThat(run("wat sign", Map.of()).hits()).extracting(SearchHit::documentId).containsExactly(bolognaId);
    }

    @Test
    void longerWordsTolerateTypos() {
        // one letter wrong from five letters on, two from nine
        assertThat(run("referendun", Map.of()).hits()).extracting(SearchHit::documentId).containsExactly(berlinId);
        assertThat(run("remunisipalsation", Map.of()).hits()).extracting(SearchHit::documentId)
                .containsExactlyInAnyOrder(parisId, berlinId);
        // short words must be exact: "pack" is not "pact"
        assertThat(run("pack", Map.of()).total()).isZero();
    }

    @Test
    void accentsAreFoldedInEveryLanguage() {
        SearchResults results = run("gestion comunitaria publicos", Map.of());
        assertThat(results.hits()).extracting(SearchHit::documentId).first().isEqualTo(madridId);
        assertThat(results.hits().get(0).passages().get(0).highlight()).contains("<mark>gestión</mark>");
    }

    @Test
    void frenchWordsMatchTheirInflectedFormsAndLoseTheirElisions() {
        // with operators no typo is forgiven, so only the French stemmer reads "villes" as "ville"
        SearchResults results = fixture.inTransaction(em -> search.search(em,
                new SearchRequest("+villes +Paris", 1, 10, Map.of(), "en", List.of(), "fr")));
        assertThat(results.hits()).extracting(SearchHit::documentId).containsExactly(parisId);
        assertThat(results.hits().get(0).passages().get(0).highlight()).contains("<mark>ville</mark>");
        // the folded field keeps "l'eau" whole, so only the French one, which drops the article, marks it
        SearchResults water = run("eau usagers", Map.of());
        assertThat(water.hits()).extracting(SearchHit::documentId).containsExactly(parisId);
        assertThat(water.hits().get(0).passages().get(0).highlight()).contains("eau</mark>")
                .contains("<mark>usagers</mark>");
    }

    @Test
    void spanishWordsMatchTheirInflectedForms() {
        SearchResults results = fixture.inTransaction(em -> search.search(em,
                new SearchRequest("leyes Madrid", 1, 10, Map.of(), "es", List.of())));
        assertThat(results.hits()).extracting(SearchHit::documentId).containsExactly(madridId);
        assertThat(results.hits().get(0).passages().get(0).highlight()).contains("<mark>ley</mark>");
    }

    private Map<String, Long> countPublished(String field) {
        return fixture.<Map<String, Long>>inTransaction(em -> {
            Map<String, Long> counts = new java.util.TreeMap<>();
            em.createQuery("select d." + field + ", count(d) from LibraryDocument d where d.published = true group by d."
                    + field, Object[].class).getResultList()
                    .forEach(row -> counts.put((String) row[0], (Long) row[1]));
            return counts;
        });
    }

    private static Map<String, Long> counts(SearchResults results, Facet facet) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        facetOf(results, facet).values().forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }

    private static FacetValue value(SearchResults results, Facet facet, String value) {
        return facetOf(results, facet).values().stream().filter(v -> v.value().equals(value)).findFirst()
                .orElseThrow();
    }

    private static FacetCounts facetOf(SearchResults results, Facet facet) {
        return results.facets().stream().filter(f -> f.name().equals(facet.apiName())).findFirst().orElseThrow();
    }
}
