package org.commonslibrary.search.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.commonslibrary.model.document.DocumentConcept;
import org.commonslibrary.model.document.DocumentPlace;
import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.model.vocabulary.ConceptType;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * "More like this" for a document: the published documents closest to it, best first.
 *
 * <p>Two kinds of evidence, each for what the other cannot see. OpenSearch's {@code more_like_this} picks the
 * document's most distinctive words (by tf-idf over the whole library) and finds documents that use them:
 * it notices a shared subject the vocabulary has no concept for, but it only works within one language.
 * The concepts and countries the ingest tagged are language-neutral ids, so shared ones find the French case
 * study on the same practice as an English report; practices count most, since the practice is what a
 * reader of one case wants to compare. A document needs at least one of the two to be offered; being of
 * the same kind (case study, legal instrument...) then ranks it higher.
 */
public class SimilarDocuments {

    public static final int LIMIT = 10;

    // Weights set against the scores more_like_this gives on the sample corpus (about 10 to 40, higher for
    // long documents that touch every subject): scaled down, words order documents that share the same
    // concepts, but a long overview does not outrank a case of the same practice because it is long.
    private static final float WORDS_BOOST = 0.3f;
    private static final float PRACTICE_BOOST = 8f;
    private static final float OTHER_CONCEPT_BOOST = 3f;
    private static final float COUNTRY_BOOST = 2f;
    // A reader of a case study wants other case studies; of a legal text, other legal texts.
    private static final float KIND_BOOST = 5f;
    /** Mentions from which a concept the tagger found counts fully; fewer mentions count in proportion. */
    private static final int CENTRAL_MENTIONS = 3;

    /** Published documents like {@code document}, without itself and without its near duplicates. */
    public List<LibraryDocument> similarTo(EntityManager entityManager, LibraryDocument document) {
        Set<Long> excluded = nearDuplicates(entityManager, document);
        List<LibraryDocument> hits = Search.session(entityManager).search(LibraryDocument.class)
                .where(f -> {
                    var evidence = f.bool()
                            .should(f.extension(ElasticsearchExtension.get())
                                    .fromJson(moreLikeThis(document.getId())))
                            .minimumShouldMatchNumber(1);
                    addSharedTags(f, evidence, document);
                    return f.bool()
                            .filter(f.match().field("published").matching(true))
                            .mustNot(f.id().matchingAny(excluded))
                            .must(evidence)
                            // a bonus among documents that share something, never a reason on its own
                            .should(f.match().field("kind").matching(document.getKind()).boost(KIND_BOOST));
                })
                .sort(f -> f.score().then().field("id"))
                // more than shown, since a document and its near duplicates are shown once
                .fetchHits(2 * LIMIT);
        return onePerText(hits);
    }

    /** The best ranked of each document and its near duplicates (the same text in another format). */
    static List<LibraryDocument> onePerText(List<LibraryDocument> ranked) {
        Set<Long> seen = new HashSet<>();
        List<LibraryDocument> kept = new ArrayList<>();
        for (LibraryDocument hit : ranked) {
            Long original = hit.getNearDuplicateOf() != null ? hit.getNearDuplicateOf() : hit.getId();
            if (seen.add(original) && kept.size() < LIMIT) {
                kept.add(hit);
            }
        }
        return kept;
    }

    private static void addSharedTags(SearchPredicateFactory f, BooleanPredicateClausesStep<?> bool,
            LibraryDocument document) {
        // One clause per concept, so that two shared concepts weigh twice what one does; a concept the document
        // only mentions in passing weighs less than one it is about.
        for (DocumentConcept tag : document.getConcepts()) {
            float centrality = tag.isCurated() ? 1f : Math.min(1f, (float) tag.getMentions() / CENTRAL_MENTIONS);
            ConceptScheme.standard().find(tag.getConceptId()).filter(c -> centrality > 0).ifPresent(concept -> {
                float weight = concept.type() == ConceptType.PRACTICE ? PRACTICE_BOOST : OTHER_CONCEPT_BOOST;
                bool.should(f.terms().field(concept.type().key()).matchingAny(List.of(concept.id()))
                        .boost(weight * centrality));
            });
        }
        document.getPlaces().stream().map(DocumentPlace::getCountryCode).distinct().forEach(country -> bool.should(
                f.terms().field("country").matchingAny(List.of(country)).boost(COUNTRY_BOOST)));
    }

    /**
     * The native clause, built as a JSON object (never as text): the document is referred to by its id, so
     * OpenSearch reads its words from the index rather than from a copy sent with every request.
     */
    static JsonObject moreLikeThis(long documentId) {
        JsonArray fields = new JsonArray();
        fields.add("title");
        fields.add("passages.text");
        JsonObject liked = new JsonObject();
        liked.addProperty("_id", String.valueOf(documentId));
        JsonArray like = new JsonArray();
        like.add(liked);
        JsonObject options = new JsonObject();
        options.add("fields", fields);
        options.add("like", like);
        // A word used once in a short document may still be what it is about.
        options.addProperty("min_term_freq", 1);
        // A word no other document has cannot find one; the default of 5 would ignore subjects only a few share.
        options.addProperty("min_doc_freq", 2);
        JsonArray stopWords = new JsonArray();
        FunctionWords.all().forEach(stopWords::add);
        options.add("stop_words", stopWords);
        options.addProperty("minimum_should_match", "30%");
        options.addProperty("boost", WORDS_BOOST);
        JsonObject query = new JsonObject();
        query.add("more_like_this", options);
        return query;
    }

    /** The document itself, the one it repeats, and those that repeat it. */
    static Set<Long> nearDuplicates(EntityManager entityManager, LibraryDocument document) {
        Set<Long> ids = new HashSet<>(entityManager.createQuery(
                "select d.id from LibraryDocument d where d.nearDuplicateOf = :id", Long.class)
                .setParameter("id", document.getId()).getResultList());
        ids.add(document.getId());
        if (document.getNearDuplicateOf() != null) {
            ids.add(document.getNearDuplicateOf());
        }
        return ids;
    }
}
