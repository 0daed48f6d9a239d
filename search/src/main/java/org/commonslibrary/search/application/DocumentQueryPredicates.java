package org.commonslibrary.search.application;

import java.util.List;
import java.util.Locale;

import org.commonslibrary.model.cases.CaseStatus;
import org.commonslibrary.model.search.SearchResultFields;
import org.commonslibrary.search.api.Facet;
import org.commonslibrary.search.api.SearchRequest;
import org.commonslibrary.search.api.YearRange;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

/**
 * Builds the predicates of a query over documents and case examples from a request, always through the typed
 * DSL: the words a person types go into a simple query string with a fixed, safe set of operators, never into
 * a raw query.
 */
final class DocumentQueryPredicates {

    static final SimpleQueryFlag[] ALLOWED_FLAGS = {
        SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
        SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE
    };

    /** The document fields that hold concept ids, each with its broader concepts. */
    static final String[] CONCEPT_FIELDS = {"practice", "sector", "aim", "agenda"};

    private final SearchRequest request;

    DocumentQueryPredicates(SearchRequest request) {
        this.request = request;
    }

    /**
     * Everything the request asks for, except the filter of {@code leftOut} (null keeps all filters).
     */
    PredicateFinalStep matching(SearchPredicateFactory f, Facet leftOut) {
        var bool = f.bool();
        bool.must(request.hasQuery() ? wordsOrConcepts(f) : f.matchAll());
        bool.filter(f.match().field("published").matching(true));
        bool.filter(visibleTypes(f));
        for (Facet facet : Facet.values()) {
            List<String> selected = request.selected(facet);
            if (facet == leftOut || selected.isEmpty()) {
                continue;
            }
            if (facet.numeric()) {
                bool.filter(f.terms().field(facet.indexField())
                        .matchingAny(selected.stream().map(Integer::valueOf).toList()));
            } else {
                bool.filter(f.terms().field(facet.indexField()).matchingAny(selected));
            }
        }
        YearRange years = request.years();
        if (leftOut != Facet.YEAR && !years.isAny()) {
            bool.filter(f.range().field(SearchResultFields.YEAR).between(years.from(), years.to()));
        }
        return bool;
    }

    /**
     * Documents, and the cases the caller may see: confirmed ones, and proposals for those who review them.
     * Rejected proposals are never results.
     */
    private PredicateFinalStep visibleTypes(SearchPredicateFactory f) {
        List<String> statuses = request.curator()
                ? List.of(statusId(CaseStatus.CONFIRMED), statusId(CaseStatus.PROPOSED))
                : List.of(statusId(CaseStatus.CONFIRMED));
        return f.bool()
                .should(f.match().field(SearchResultFields.TYPE).matching(SearchResultFields.TYPE_DOCUMENT))
                .should(f.bool()
                        .must(f.match().field(SearchResultFields.TYPE).matching(SearchResultFields.TYPE_CASE))
                        .must(f.terms().field("status").matchingAny(statuses)));
    }

    private static String statusId(CaseStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The words as typed, or the concepts they name: a Spanish query about "agua" then also finds an English
     * case study tagged with water. A document matching the words ranks above one matching only concepts.
     */
    private PredicateFinalStep wordsOrConcepts(SearchPredicateFactory f) {
        var words = f.simpleQueryString()
                .field("title").boost(2.0f)
                .field("passages.text")
                .matching(request.query())
                .defaultOperator(BooleanOperator.AND)
                .flags(ALLOWED_FLAGS);
        if (request.queryConcepts().isEmpty()) {
            return words;
        }
        var concepts = f.bool();
        // Every concept the query names must be among the document's: "agua privatización" is about both.
        for (String concept : request.queryConcepts()) {
            concepts.must(f.terms().fields(CONCEPT_FIELDS).matchingAny(List.of(concept)));
        }
        return f.bool().should(words).should(concepts.boost(0.5f));
    }
}
