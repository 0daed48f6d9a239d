package org.commonslibrary.search.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.commonslibrary.model.document.Passage;
import org.commonslibrary.search.api.SearchRequest;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Finds the passages to quote for one page of results, highlighted: for a document, those that best match the
 * query; for a case, the passages it was drawn from. One query per result page rather than one per hit keeps
 * a result page at a few round trips.
 */
final class PassageHighlighter {

    static final int PASSAGES_PER_DOCUMENT = 3;
    private static final int FRAGMENT_SIZE = 240;

    /** A highlighted passage: HTML-escaped text in which only {@code <mark>} is markup. */
    record Quote(long documentId, long passageId, int page, String highlight) {
    }

    /** The best passages of each document, at most {@value #PASSAGES_PER_DOCUMENT} each. */
    Map<Long, List<Quote>> forDocuments(SearchSession session, SearchRequest request, List<Long> documentIds,
            TookTotal took) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        List<Quote> quotes = quotes(session, request,
                f -> f.terms().field("document.id").matchingAny(documentIds),
                documentIds.size() * PASSAGES_PER_DOCUMENT * 4, took);
        Map<Long, List<Quote>> byDocument = new LinkedHashMap<>();
        Map<Long, Integer> taken = new HashMap<>();
        for (Quote quote : quotes) {
            if (taken.merge(quote.documentId(), 1, Integer::sum) <= PASSAGES_PER_DOCUMENT) {
                byDocument.computeIfAbsent(quote.documentId(), k -> new ArrayList<>()).add(quote);
            }
        }
        return byDocument;
    }

    /** The given passages, highlighted where they match the query, by passage id. */
    Map<Long, Quote> forPassages(SearchSession session, SearchRequest request, List<Long> passageIds,
            TookTotal took) {
        if (passageIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Quote> byPassage = new HashMap<>();
        for (Quote quote : quotes(session, request, f -> f.id().matchingAny(passageIds), passageIds.size(), took)) {
            byPassage.put(quote.passageId(), quote);
        }
        return byPassage;
    }

    private List<Quote> quotes(SearchSession session, SearchRequest request,
            Function<SearchPredicateFactory, PredicateFinalStep> scope, int limit,
            TookTotal took) {
        var result = session.search(Passage.class)
                .select(f -> f.composite().from(
                        f.field("document.id", Long.class),
                        f.id(Long.class),
                        f.field("pageNumber", Integer.class),
                        f.highlight("text")).asList())
                .where(f -> {
                    // Every passage in scope may be cited; those matching the words or the query's concepts
                    // score, and come first. A document found through its title or its concepts alone still
                    // shows its opening passages.
                    var bool = f.bool().filter(scope.apply(f));
                    if (request.hasQuery()) {
                        bool.should(f.simpleQueryString().field("text")
                                .matching(request.query())
                                .defaultOperator(BooleanOperator.OR)
                                .flags(DocumentQueryPredicates.ALLOWED_FLAGS));
                    }
                    if (!request.queryConcepts().isEmpty()) {
                        bool.should(f.terms().field("concepts.conceptId").matchingAny(request.queryConcepts()));
                    }
                    return bool;
                })
                .sort(f -> request.hasQuery()
                        ? f.score().then().field("pageNumber").then().field("ordinal")
                        : f.field("pageNumber").then().field("ordinal"))
                .highlighter(f -> f.unified()
                        .tag("<mark>", "</mark>")
                        // HTML encoding escapes the document's own text, so only our <mark> tags are markup.
                        .encoder(HighlighterEncoder.HTML)
                        .fragmentSize(FRAGMENT_SIZE)
                        .numberOfFragments(1)
                        .noMatchSize(FRAGMENT_SIZE))
                .fetch(limit);
        took.add(result);
        List<Quote> quotes = new ArrayList<>();
        for (List<?> hit : result.hits()) {
            @SuppressWarnings("unchecked")
            List<String> fragments = (List<String>) hit.get(3);
            if (!fragments.isEmpty()) {
                quotes.add(new Quote((Long) hit.get(0), (Long) hit.get(1), (Integer) hit.get(2), fragments.get(0)));
            }
        }
        return quotes;
    }
}
