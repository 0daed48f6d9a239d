package org.commonslibrary.search.application;

import org.commonslibrary.model.vocabulary.Concept;
import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.search.api.Facet;

/** Where a facet value sits: the vocabulary's facets are trees; the others are flat. */
final class FacetHierarchy {

    private FacetHierarchy() {
    }

    static String broader(Facet facet, String value) {
        return switch (facet) {
            case PRACTICE, SECTOR, AIM, AGENDA ->
                    ConceptScheme.standard().find(value).map(Concept::broaderId).orElse(null);
            default -> null;
        };
    }
}
