package org.commonslibrary.web.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.commonslibrary.ingest.tagging.ConceptMatch;
import org.commonslibrary.ingest.tagging.ConceptTagger;

/**
 * The concepts of the vocabulary that a query's words name, found by the same tagger that tagged the
 * documents, so "agua", "eau" and "water" all lead to the documents tagged with water.
 */
@ApplicationScoped
public class QueryConcepts {

    private final ConceptTagger tagger = ConceptTagger.standard();

    public List<String> conceptsNamedIn(String query, String language) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (ConceptMatch match : tagger.tag(query, language)) {
            ids.add(match.conceptId());
        }
        return List.copyOf(ids);
    }
}
