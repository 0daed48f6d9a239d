package org.commonslibrary.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.commonslibrary.devnode.DevNodeProcess;
import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.commonslibrary.model.cases.CaseStatus;
import org.commonslibrary.search.api.Facet;
import org.commonslibrary.search.api.FacetCounts;
import org.commonslibrary.search.api.InvalidCursorException;
import org.commonslibrary.search.api.SearchHit;
import org.commonslibrary.search.api.SearchRequest;
import org.commonslibrary.search.api.SearchResults;
import org.commonslibrary.search.api.SortOrder;
import org.commonslibrary.search.api.YearRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Documents and case examples in one result list, the facets they share, sorting by date and paging with a
 * cursor, against a real OpenSearch node. Expected counts are computed from the database, not written down.
 */
@ExtendWith(DevNodeExtension.class)
class CasesSortingAndPagingIT {

    private static final int DOCUMENTS = 13;

    private static SearchFixture fixture;
    private static long grenobleDocument;
    private static long confirmedCase;
    private static long proposedCase;

    private final LibrarySearch search = new LibrarySearch();

    @BeforeAll
    static void corpus(DevNodeProcess node) {
        fixture = new SearchFixture(node);
        grenobleDocument = fixture.add("Water back in public hands in Grenoble", "case-study", "en", List.of(
                "An introduction to the city and its services.",
                "Grenoble ended the private water concession and created a public operator in 2001."),
                List.of("practice.remunicipalisation", "sector.water"), List.of("FR"));
        fixture.describe(grenobleDocument, "Municipal Observatory", LocalDate.of(2019, 5, 2));
        confirmedCase = fixture.addCase(grenobleDocument, "Grenoble water remunicipalisation", "Grenoble", "FR",
                List.of("practice.remunicipalisation"), CaseStatus.CONFIRMED, 2);
        proposedCase = fixture.addCase(grenobleDocument, "Grenoble public operator", "Grenoble", "FR",
                List.of("practice.remunicipalisation"), CaseStatus.PROPOSED, 2);
        fixture.addCase(grenobleDocument, "Not a case at all", "Grenoble", "FR",
                List.of("practice.remunicipalisation"), CaseStatus.REJECTED, 1);

        long pactDocument = fixture.add("Pacts for the commons in Turin", "legal-instrument", "en", List.of(
                "Residents and the city sign a pact to care for a square together."),
                List.of("practice.collaboration-pact"), List.of("IT"));
        fixture.describe(pactDocument, "City Council", LocalDate.of(2016, 1, 10));
        fixture.addCase(pactDocument, "Turin collaboration pacts", "Turin", "IT",
                List.of("practice.collaboration-pact"), CaseStatus.CONFIRMED, 1);

        // Enough undated and dated reports about energy for several pages, some years shared.
        for (int i = 0; i < DOCUMENTS - 2; i++) {
            long id = fixture.add("Energy report number " + i, "report", "en",
                    List.of("Community energy cooperatives supply the district, report " + i + "."));
            if (i % 4 != 0) {
                fixture.describe(id, i % 2 == 0 ? "Energy Agency" : "Regional Network",
                        LocalDate.of(2010 + i % 5, 3, 1 + i));
            }
        }
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private SearchResults run(SearchRequest request) {
        return fixture.inTransaction(em -> search.search(em, request));
    }

    private static SearchRequest request(String query, Map<Facet, List<String>> filters) {
        return new SearchRequest(query, 1, 10, filters, "en");
    }

    @Test
    void casesComeWithTheirFieldsAndTheirSourcePassage() {
        SearchResults results = run(request("grenoble", Map.of(Facet.TYPE, List.of("case"))));
        assertThat(results.hits()).extracting(SearchHit::id).containsExactly(confirmedCase);
        SearchHit hit = results.hits().get(0);
        assertThat(hit.type()).isEqualTo("case");
        assertThat(hit.documentId()).isEqualTo(grenobleDocument);
        assertThat(hit.caseExample().status()).isEqualTo("confirmed");
        assertThat(hit.caseExample().city()).isEqualTo("Grenoble");
        assertThat(hit.caseExample().country().label()).isEqualTo("France");
        assertThat(hit.caseExample().practices()).extracting(v -> v.id()).containsExactly("practice.remunicipalisation");
        assertThat(hit.passages()).singleElement().satisfies(passage -> {
            assertThat(passage.page()).isEqualTo(2);
            assertThat(passage.highlight()).contains("<mark>Grenoble</mark>");
            assertThat(passage.link()).isEqualTo("/api/documents/" + grenobleDocument + "/original#page=2");
        });
    }

    @Test
    void documentsAndCasesMixUnlessTheTypeFacetChoosesAndItsCountsMatchTheDatabase() {
        SearchResults mixed = run(request("grenoble", Map.of()));
        assertThat(mixed.hits()).extracting(SearchHit::type).contains("document", "case");
        Map<String, Long> types = counts(mixed, Facet.TYPE);
        assertThat(types).isEqualTo(Map.of("document", 1L, "case", 1L));

        SearchResults all = run(request("", Map.of()));
        long publishedDocuments = fixture.inTransaction(em -> em.createQuery(
                "select count(d) from LibraryDocument d where d.published = true", Long.class).getSingleResult());
        long confirmedCases = fixture.inTransaction(em -> em.createQuery(
                "select count(c) from CaseExample c where c.status = :status", Long.class)
                .setParameter("status", CaseStatus.CONFIRMED).getSingleResult());
        assertThat(counts(all, Facet.TYPE)).isEqualTo(Map.of("document", publishedDocuments, "case", confirmedCases));
        assertThat(all.total()).isEqualTo(publishedDocuments + confirmedCases);

        SearchResults documentsOnly = run(request("grenoble", Map.of(Facet.TYPE, List.of("document"))));
        assertThat(documentsOnly.hits()).extracting(SearchHit::type).containsOnly("document");
        assertThat(counts(documentsOnly, Facet.TYPE)).isEqualTo(types);
    }

    @Test
    void proposalsAreForCuratorsAndRejectedCasesForNobody() {
        var reader = run(request("grenoble", Map.of(Facet.TYPE, List.of("case"))));
        assertThat(reader.hits()).extracting(SearchHit::id).doesNotContain(proposedCase);
        var curator = run(new SearchRequest("grenoble", 1, 10, Map.of(Facet.TYPE, List.of("case")), "en", List.of(),
                YearRange.ANY, SortOrder.RELEVANCE, null, true, null));
        assertThat(curator.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(confirmedCase, proposedCase);
        assertThat(curator.hits()).extracting(SearchHit::title).doesNotContain("Not a case at all");
        assertThat(counts(curator, Facet.STATUS)).isEqualTo(Map.of("confirmed", 1L, "proposed", 1L));
    }

    @Test
    void aBroadPracticeFindsCasesOfItsNarrowerPractices() {
        var results = run(request("", Map.of(Facet.TYPE, List.of("case"),
                Facet.PRACTICE, List.of("practice.commoning"))));
        assertThat(results.hits()).extracting(SearchHit::title).containsExactly("Turin collaboration pacts");
        // the facet carries the tree: each value names the broader one it sits under
        var practices = facet(results, Facet.PRACTICE).values();
        assertThat(practices).anySatisfy(v -> {
            assertThat(v.value()).isEqualTo("practice.collaboration-pact");
            assertThat(v.broader()).isEqualTo("practice.co-creation-agreement");
        });
        assertThat(practices).anySatisfy(v -> {
            assertThat(v.value()).isEqualTo("practice.commoning");
            assertThat(v.broader()).isNull();
        });
    }

    @Test
    void yearsCountAsAHistogramAndNarrowAsARange() {
        var all = run(request("", Map.of(Facet.TYPE, List.of("document"))));
        Map<String, Long> expected = fixture.inTransaction(em -> {
            Map<String, Long> byYear = new TreeMap<>();
            em.createQuery("select d.publicationDate from LibraryDocument d where d.published = true "
                    + "and d.publicationDate is not null", LocalDate.class).getResultList()
                    .forEach(date -> byYear.merge(String.valueOf(date.getYear()), 1L, Long::sum));
            return byYear;
        });
        FacetCounts years = facet(all, Facet.YEAR);
        assertThat(years.values()).extracting(v -> v.value()).isSorted();
        assertThat(counts(all, Facet.YEAR)).isEqualTo(expected);

        var range = run(new SearchRequest("", 1, 10, Map.of(Facet.TYPE, List.of("document")), "en", List.of(),
                new YearRange(2011, 2013), SortOrder.RELEVANCE, null, false, null));
        long inRange = expected.entrySet().stream()
                .filter(e -> Integer.parseInt(e.getKey()) >= 2011 && Integer.parseInt(e.getKey()) <= 2013)
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(range.total()).isEqualTo(inRange);
        assertThat(range.hits()).allSatisfy(hit -> assertThat(hit.publicationDate().getYear()).isBetween(2011, 2013));
        // The year facet's own range leaves its counts whole, so the histogram still shows the other years.
        assertThat(counts(range, Facet.YEAR)).isEqualTo(expected);

        var oneYear = run(request("", Map.of(Facet.YEAR, List.of("2019"))));
        assertThat(oneYear.hits()).extracting(SearchHit::title)
                .containsExactlyInAnyOrder("Water back in public hands in Grenoble", "Grenoble water remunicipalisation");
    }

    @Test
    void publishersAreAFacet() {
        var results = run(request("", Map.of(Facet.TYPE, List.of("document"))));
        Map<String, Long> expected = fixture.inTransaction(em -> {
            Map<String, Long> byPublisher = new TreeMap<>();
            em.createQuery("select d.publisher from LibraryDocument d where d.published = true "
                    + "and d.publisher is not null", String.class).getResultList()
                    .forEach(p -> byPublisher.merge(p, 1L, Long::sum));
            return byPublisher;
        });
        assertThat(counts(results, Facet.PUBLISHER)).isEqualTo(expected);
        var filtered = run(request("", Map.of(Facet.PUBLISHER, List.of("Energy Agency"))));
        assertThat(filtered.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.publisher()).isEqualTo("Energy Agency"));
    }

    @Test
    void newestFirstPutsUndatedResultsLast() {
        var results = run(new SearchRequest("", 1, 100, Map.of(), "en", List.of(), YearRange.ANY, SortOrder.NEWEST,
                null, false, null));
        List<LocalDate> dates = results.hits().stream().map(SearchHit::publicationDate).toList();
        int firstUndated = dates.indexOf(null);
        assertThat(firstUndated).isPositive();
        assertThat(dates.subList(firstUndated, dates.size())).containsOnlyNulls();
        assertThat(dates.subList(0, firstUndated)).isSortedAccordingTo((a, b) -> b.compareTo(a));

        var oldest = run(new SearchRequest("", 1, 100, Map.of(), "en", List.of(), YearRange.ANY, SortOrder.OLDEST,
                null, false, null));
        assertThat(oldest.hits().get(0).publicationDate()).isEqualTo(dates.get(firstUndated - 1));
    }

    @Test
    void recentlyAddedFirstMixesDocumentsAndCasesByWhenTheyCameIn() {
        var results = run(new SearchRequest("", 1, 100, Map.of(), "en", List.of(), YearRange.ANY, SortOrder.ADDED,
                null, false, null));
        assertThat(results.hits()).hasSize((int) results.total());
        assertThat(results.hits()).extracting(SearchHit::type).contains("document", "case");
        // The index keeps milliseconds, so hits added within the same one may come in either order.
        List<Instant> added = results.hits().stream().map(h -> h.addedAt().truncatedTo(ChronoUnit.MILLIS)).toList();
        assertThat(added).doesNotContainNull().isSortedAccordingTo(Comparator.reverseOrder());
        Instant newestDocument = fixture.inTransaction(em -> em.createQuery(
                "select max(d.addedAt) from LibraryDocument d where d.published = true", Instant.class)
                .getSingleResult());
        Instant newestCase = fixture.inTransaction(em -> em.createQuery(
                "select c.createdAt from CaseExample c where c.id = :id", Instant.class)
                .setParameter("id", confirmedCase).getSingleResult());
        assertThat(added.get(0)).isEqualTo(newestDocument.truncatedTo(ChronoUnit.MILLIS));
        assertThat(results.hits()).filteredOn(h -> h.id() == confirmedCase && h.type().equals("case"))
                .singleElement().satisfies(h -> assertThat(h.addedAt()).isEqualTo(newestCase));
    }

    @Test
    void aCursorWalksEveryResultOnceInTheOrderOfOneLongPage() {
        for (SortOrder sort : SortOrder.values()) {
            var onePage = run(new SearchRequest("energy | grenoble | pact", 1, 100, Map.of(), "en", List.of(),
                    YearRange.ANY, sort, null, false, null));
            List<String> walked = new ArrayList<>();
            var request = new SearchRequest("energy | grenoble | pact", 1, 3, Map.of(), "en", List.of(),
                    YearRange.ANY, sort, null, false, null);
            SearchResults page = run(request);
            walked.addAll(keys(page));
            int pages = 1;
            while (page.nextCursor() != null) {
                page = run(request.withCursor(page.nextCursor()));
                walked.addAll(keys(page));
                assertThat(++pages).isLessThan(50);
            }
            assertThat(walked).as(sort.apiName()).hasSize((int) onePage.total())
                    .doesNotHaveDuplicates().containsExactlyElementsOf(keys(onePage));
            assertThat(new HashSet<>(walked)).hasSizeGreaterThan(6);
        }
    }

    @Test
    void aCursorFromElsewhereIsRefused() {
        var first = run(new SearchRequest("energy", 1, 2, Map.of(), "en"));
        assertThat(first.nextCursor()).isNotNull();
        var otherSort = new SearchRequest("energy", 1, 2, Map.of(), "en", List.of(), YearRange.ANY, SortOrder.NEWEST,
                first.nextCursor(), false, null);
        assertThatThrownBy(() -> run(otherSort)).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("another sort order");
        for (String forged : List.of("not-base64!", "e30", "eyJzb3J0IjoicmVsZXZhbmNlIiwiYWZ0ZXIiOlt7fV19")) {
            assertThatThrownBy(() -> run(new SearchRequest("energy", 1, 2, Map.of(), "en").withCursor(forged)))
                    .isInstanceOf(InvalidCursorException.class);
        }
    }

    private static List<String> keys(SearchResults results) {
        return results.hits().stream().map(hit -> hit.type() + ":" + hit.id()).toList();
    }

    private static Map<String, Long> counts(SearchResults results, Facet facet) {
        Map<String, Long> counts = new TreeMap<>();
        facet(results, facet).values().forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }

    private static FacetCounts facet(SearchResults results, Facet facet) {
        return results.facets().stream().filter(f -> f.name().equals(facet.apiName())).findFirst().orElseThrow();
    }
}
