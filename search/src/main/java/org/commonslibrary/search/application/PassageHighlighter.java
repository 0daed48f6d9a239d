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
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Finds the passages to quote for one page of results, highlighted: for a document, those that best match the
 * query; for a case, the passages it was drawn from. One query per kind of hit rather than one per hit keeps
 * a result page at a few round trips.
 */
final class PassageHighlighter {

    static final int PASSAGES_PER_DOCUMENT = 3;
    private static final int FRAGMENT_SIZE = 240;
    /** Projected columns before the highlights: document id, passage id, page. */
    private static final int HIGHLIGHTS_FROM = 3;

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
            Function<SearchPredicateFactory, PredicateFinalStep> scope, int limit, TookTotal took) {
        List<String> analyses = LanguageFields.analyses();
        var result = session.search(Passage.class)
                .select(f -> {
                    List<ProjectionFinalStep<?>> columns = new ArrayList<>();
                    columns.add(f.field("document.id", Long.class));
                    columns.add(f.id(Long.class));
                    columns.add(f.field("pageNumber", Integer.class));
                    analyses.forEach(analysis -> columns.add(f.highlight(LanguageFields.passageField(analysis))));
                    return f.composite().from(columns.toArray(ProjectionFinalStep<?>[]::new)).asList();
                })
                .where(f -> {
                    // Every passage in scope may be cited; those matching the words or the query's concepts
                    // score, and come first. A document found through its title or its concepts alone still
                    // shows its opening passages.
                    var bool = f.bool().filter(scope.apply(f));
                    if (request.hasQuery()) {
                        for (String analysis : analyses) {
                            bool.should(f.simpleQueryString().field(LanguageFields.passageField(analysis))
                                    .matching(request.query())
                                    .defaultOperator(BooleanOperator.OR)
                                    .flags(DocumentQueryPredicates.ALLOWED_FLAGS)
                                    .boost(LanguageFields.weight(analysis, request.queryLanguage())));
                        }
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
            List<List<String>> fragmentsPerAnalysis = hit.subList(HIGHLIGHTS_FROM, hit.size()).stream()
                    .map(column -> (List<String>) column).toList();
            String fragment = mostMarked(fragmentsPerAnalysis);
            if (fragment != null) {
                quotes.add(new Quote((Long) hit.get(0), (Long) hit.get(1), (Integer) hit.get(2), fragment));
            }
        }
        return quotes;
    }

    /**
     * The fragment with the most marked words among the analyses of one passage: the folded field marks
     * words as typed, a language field also their inflected forms. The folded one wins ties.
     */
    private static String mostMarked(List<List<String>> fragmentsPerAnalysis) {
        String best = null;
        int bestMarks = -1;
        for (List<String> fragments : fragmentsPerAnalysis) {
            if (fragments.isEmpty()) {
                continue;
            }
            String fragment = fragments.get(0);
            int marks = fragment.split("<mark>", -1).length - 1;
            if (marks > bestMarks) {
                best = fragment;
                bestMarks = marks;
            }
        }
        return best;
    }
}
