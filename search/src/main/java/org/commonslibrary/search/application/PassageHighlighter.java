package org.commonslibrary.search.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonslibrary.model.document.Passage;
import org.commonslibrary.search.api.PassageHit;
import org.commonslibrary.search.api.SearchRequest;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Finds, for the documents of one result page, the passages that best match the query, highlighted.
 * One query for the whole page rather than one per document keeps a result page at two round trips.
 */
final class PassageHighlighter {

    static final int PASSAGES_PER_DOCUMENT = 3;
    private static final int FRAGMENT_SIZE = 240;

    Map<Long, List<PassageHit>> bestPassages(SearchSession session, SearchRequest request, List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        List<String> analyses = LanguageFields.analyses();
        var hits = session.search(Passage.class)
                .select(f -> {
                    List<ProjectionFinalStep<?>> columns = new ArrayList<>();
                    columns.add(f.field("document.id", Long.class));
                    columns.add(f.field("pageNumber", Integer.class));
                    analyses.forEach(analysis -> columns.add(f.highlight(LanguageFields.passageField(analysis))));
                    return f.composite().from(columns.toArray(ProjectionFinalStep<?>[]::new)).asList();
                })
                .where(f -> {
                    // Every passage of the page's documents may be cited; those matching the words or the
                    // query's concepts score, and come first. A document found through its title or its
                    // concepts alone still shows its opening passages.
                    var bool = f.bool().filter(f.terms().field("document.id").matchingAny(documentIds));
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
                .fetchHits(documentIds.size() * PASSAGES_PER_DOCUMENT * 4);

        Map<Long, List<PassageHit>> byDocument = new LinkedHashMap<>();
        Map<Long, Integer> taken = new HashMap<>();
        for (List<?> hit : hits) {
            Long documentId = (Long) hit.get(0);
            if (taken.merge(documentId, 1, Integer::sum) > PASSAGES_PER_DOCUMENT) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<List<String>> fragmentsPerAnalysis = hit.subList(2, hit.size()).stream()
                    .map(column -> (List<String>) column).toList();
            String fragment = mostMarked(fragmentsPerAnalysis);
            if (fragment != null) {
                byDocument.computeIfAbsent(documentId, k -> new ArrayList<>())
                        .add(new PassageHit((Integer) hit.get(1), fragment));
            }
        }
        return byDocument;
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
