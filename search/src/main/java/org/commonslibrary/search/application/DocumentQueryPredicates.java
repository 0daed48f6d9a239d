package org.commonslibrary.search.application;

import java.util.List;
import java.util.Locale;

import org.commonslibrary.model.cases.CaseStatus;
import org.commonslibrary.model.search.SearchResultFields;
import org.commonslibrary.model.vocabulary.Concept;
import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.search.api.Facet;
import org.commonslibrary.search.api.SearchRequest;
import org.commonslibrary.search.api.YearRange;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep;

/**
 * Builds the predicates of a query over documents and case examples from a request, always through the typed
 * DSL: the words a person types go into a simple query string with a fixed, safe set of operators, or into
 * match, phrase and prefix predicates word by word, never into a raw query.
 *
 * <p>A result is found by any of these readings of the query, and its score adds up those it satisfies:
 * all the words as written (accents folded), all the words as inflected forms of the query's language or
 * of another, most of the words allowing typos and a last word still being typed, any one word, the words
 * close together, or the concepts of the vocabulary the words name (also through those concepts' labels in
 * every language, which is how a Spanish query reaches an English case).
 */
final class DocumentQueryPredicates {

    static final SimpleQueryFlag[] ALLOWED_FLAGS = {
        SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
        SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE
    };

    /** The document fields that hold concept ids, each with its broader concepts. */
    static final String[] CONCEPT_FIELDS = {"practice", "sector", "aim", "agenda"};

    // Weights of the readings, tuned on the judged queries of the sample corpus (docs/benchmarks.md).
    static final float FORGIVING_BOOST = 0.2f;
    static final float ANY_WORD_BOOST = 0.05f;
    static final float PROXIMITY_BOOST = 0.2f;
    static final int PROXIMITY_SLOP = 4;
    static final float CONCEPT_BOOST = 2.0f;
    static final float CONCEPT_LABEL_BOOST = 0.6f;
    /** Share of the words a forgiving reading needs, from three words on. */
    static final int FORGIVING_PERCENT = 40;
    static final int PREFIX_MIN_LETTERS = 3;
    static final int ONE_TYPO_FROM = 5;
    static final int TWO_TYPOS_FROM = 9;

    private static final ConceptScheme VOCABULARY = ConceptScheme.standard();

    private final SearchRequest request;
    private final QueryWords words;

    DocumentQueryPredicates(SearchRequest request) {
        this.request = request;
        this.words = QueryWords.parse(request.query());
    }

    /**
     * Everything the request asks for, except the filter of {@code leftOut} (null keeps all filters).
     */
    PredicateFinalStep matching(SearchPredicateFactory f, Facet leftOut) {
        var bool = f.bool();
        bool.must(request.hasQuery() ? readings(f) : f.matchAll());
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

    private PredicateFinalStep readings(SearchPredicateFactory f) {
        var any = f.bool();
        for (String analysis : LanguageFields.analyses()) {
            any.should(asWritten(f, analysis).boost(LanguageFields.weight(analysis, request.queryLanguage())));
        }
        if (words.plain() && !words.words().isEmpty()) {
            any.should(forgiving(f).boost(FORGIVING_BOOST));
            if (words.phrases().isEmpty()) {
                // a quoted phrase is a requirement, which a reading of any one word would drop
                any.should(anyWord(f).boost(ANY_WORD_BOOST));
            }
        }
        if (words.plain() && words.words().size() + words.phrases().size() > 1) {
            any.should(f.phrase().field(LanguageFields.TITLE).boost(LanguageFields.TITLE_BOOST)
                    .field(LanguageFields.documentText(null))
                    .matching(words.allWords()).slop(PROXIMITY_SLOP).boost(PROXIMITY_BOOST));
        }
        if (!request.queryConcepts().isEmpty()) {
            any.should(concepts(f));
        }
        return any;
    }

    /** All the words, with the operators the user typed, in one analysis of the text. */
    private SimpleQueryStringPredicateOptionsStep<?> asWritten(SearchPredicateFactory f, String analysis) {
        return f.simpleQueryString()
                .field(LanguageFields.title(analysis)).boost(LanguageFields.TITLE_BOOST)
                .field(LanguageFields.documentText(analysis))
                .matching(request.query())
                .defaultOperator(BooleanOperator.AND)
                .flags(ALLOWED_FLAGS);
    }

    /**
     * Most of the words, each allowing typos from five letters on (two from nine), the last one also as the
     * beginning of a word, and the quoted phrases as typed.
     */
    private BooleanPredicateClausesStep<?> forgiving(SearchPredicateFactory f) {
        String ownTitle = LanguageFields.title(request.queryLanguage());
        String ownText = LanguageFields.documentText(request.queryLanguage());
        var bool = f.bool();
        for (String phrase : words.phrases()) {
            bool.must(f.phrase().fields(LanguageFields.TITLE, LanguageFields.documentText(null))
                    .matching(phrase));
        }
        List<String> list = words.words();
        for (int i = 0; i < list.size(); i++) {
            String word = list.get(i);
            var forms = f.bool();
            forms.should(withTypos(f.match().field(LanguageFields.TITLE).boost(LanguageFields.TITLE_BOOST)
                    .field(LanguageFields.documentText(null))
                    .field(ownTitle).boost(LanguageFields.TITLE_BOOST).field(ownText)
                    .matching(word), word));
            if (i == list.size() - 1 && words.lastWordOpen() && word.length() >= PREFIX_MIN_LETTERS
                    && lettersOnly(word)) {
                forms.should(f.prefix().fields(LanguageFields.TITLE, LanguageFields.documentText(null))
                        .matching(QueryWords.fold(word)));
            }
            bool.should(forms);
        }
        if (!list.isEmpty()) {
            bool.minimumShouldMatch().ifMoreThan(2).thenRequirePercent(FORGIVING_PERCENT);
        }
        return bool;
    }

    /**
     * Any one of the words, typos allowed: it weighs little, but lets a rare word that no other reading
     * requires, often a place name spelt in another language ("Nápoles", "Yakarta"), count.
     */
    private BooleanPredicateClausesStep<?> anyWord(SearchPredicateFactory f) {
        var bool = f.bool();
        for (String word : words.words()) {
            bool.should(withTypos(f.match().field(LanguageFields.TITLE).boost(LanguageFields.TITLE_BOOST)
                    .field(LanguageFields.documentText(null)).matching(word), word));
        }
        return bool;
    }

    /**
     * One typo from five letters, two from nine; the first letter may be wrong too ("Yakarta"). Numbers and
     * codes ("2013", "n12") are taken as typed: one digit off is another year or another reference.
     */
    private static PredicateFinalStep withTypos(MatchPredicateOptionsStep<?> match, String word) {
        int typos = !lettersOnly(word) ? 0
                : word.length() >= TWO_TYPOS_FROM ? 2 : word.length() >= ONE_TYPO_FROM ? 1 : 0;
        return typos > 0 ? match.fuzzy(typos, 0) : match;
    }

    private static boolean lettersOnly(String word) {
        return word.chars().allMatch(Character::isLetter);
    }

    /**
     * Documents tagged with every concept the query names ("agua privatización" is about both), ranked by
     * how much their text speaks of those concepts in any language, through the concepts' labels.
     */
    private PredicateFinalStep concepts(SearchPredicateFactory f) {
        var tagged = f.bool();
        for (String concept : request.queryConcepts()) {
            tagged.must(f.terms().fields(CONCEPT_FIELDS).matchingAny(List.of(concept)));
        }
        var named = f.bool();
        List<Concept> known = request.queryConcepts().stream().flatMap(id -> VOCABULARY.find(id).stream()).toList();
        known.forEach(concept -> labels(f, named, concept));
        var conceptReading = f.bool().must(tagged.boost(CONCEPT_BOOST));
        return known.isEmpty() ? conceptReading : conceptReading.should(named.boost(CONCEPT_LABEL_BOOST));
    }

    private static void labels(SearchPredicateFactory f, BooleanPredicateClausesStep<?> named, Concept concept) {
        for (String language : Concept.LANGUAGES) {
            for (String label : concept.allLabels(language)) {
                named.should(f.phrase().field(LanguageFields.title(language)).boost(LanguageFields.TITLE_BOOST)
                        .field(LanguageFields.documentText(language)).matching(label));
            }
        }
    }
}
