package org.commonslibrary.web.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.commonslibrary.ingest.tagging.ConceptMatch;
import org.commonslibrary.ingest.tagging.ConceptTagger;
import org.commonslibrary.ingest.text.LanguageDetector;
import org.commonslibrary.ingest.text.TextFolding;
import org.commonslibrary.model.vocabulary.Concept;
import org.commonslibrary.model.vocabulary.ConceptScheme;

/**
 * The language a query is written in, so that its own language's analysis of the text counts most.
 *
 * <p>A query is short: the language detector, built for documents, tells only longer questions apart. For a
 * few keywords the vocabulary gives evidence instead, when the words it recognises are the labels of one
 * language only ("agua" is Spanish, "eau" French). Otherwise the interface language is the best guess.
 */
@ApplicationScoped
public class QueryLanguage {

    private static final List<String> LANGUAGES = Concept.LANGUAGES;

    private final LanguageDetector detector = new LanguageDetector();
    private final ConceptTagger tagger = ConceptTagger.standard();
    private final ConceptScheme vocabulary = ConceptScheme.standard();

    public String of(String query, String interfaceLanguage) {
        if (query == null || query.isBlank()) {
            return interfaceLanguage;
        }
        String detected = detector.detect(query);
        if (LANGUAGES.contains(detected)) {
            return detected;
        }
        return byVocabulary(query, interfaceLanguage);
    }

    private String byVocabulary(String query, String interfaceLanguage) {
        Map<String, Integer> votes = new HashMap<>();
        for (ConceptMatch match : tagger.tag(query, interfaceLanguage)) {
            String said = TextFolding.fold(match.matchedText());
            vocabulary.find(match.conceptId()).ifPresent(concept -> {
                List<String> speaking = LANGUAGES.stream()
                        .filter(language -> concept.allLabels(language).stream()
                                .anyMatch(label -> TextFolding.fold(label).equals(said)))
                        .toList();
                // A label shared by several languages ("Commons", "Remunicipalisation") says nothing.
                if (speaking.size() == 1) {
                    votes.merge(speaking.get(0), 1, Integer::sum);
                }
            });
        }
        String best = interfaceLanguage;
        int bestVotes = 0;
        boolean tie = false;
        for (var vote : votes.entrySet()) {
            if (vote.getValue() > bestVotes) {
                best = vote.getKey();
                bestVotes = vote.getValue();
                tie = false;
            } else if (vote.getValue() == bestVotes) {
                tie = true;
            }
        }
        return tie ? interfaceLanguage : best;
    }
}
