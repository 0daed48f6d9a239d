package org.commonslibrary.search.application;

import java.util.List;

import org.commonslibrary.search.api.Facet;
import org.commonslibrary.search.api.SearchRequest;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

/**
 * Builds the predicates of a document query from a request, always through the typed DSL: the words a
 * person types go into a simple query string with a fixed, safe set of operators, never into a raw query.
 */
final class DocumentQueryPredicates {

    static final SimpleQueryFlag[] ALLOWED_FLAGS = {
        SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
        SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE
    };

    private final SearchRequest request;

    DocumentQueryPredicates(SearchRequest request) {
        this.request = request;
    }

    /**
     * Everything the request asks for, except the filter of {@code leftOut} (null keeps all filters).
     */
    PredicateFinalStep matching(SearchPredicateFactory f, Facet leftOut) {
        var bool = f.bool();
        bool.must(request.hasQuery()
                ? f.simpleQueryString()
                        .field("title").boost(2.0f)
                        .field("passages.text")
                        .matching(request.query())
                        .defaultOperator(BooleanOperator.AND)
                        .flags(ALLOWED_FLAGS)
                : f.matchAll());
        bool.filter(f.match().field("published").matching(true));
        for (Facet facet : Facet.values()) {
            List<String> selected = request.selected(facet);
            if (facet != leftOut && !selected.isEmpty()) {
                bool.filter(f.terms().field(facet.documentField()).matchingAny(selected));
            }
        }
        return bool;
    }
}
