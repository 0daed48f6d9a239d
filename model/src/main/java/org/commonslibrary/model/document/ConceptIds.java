package org.commonslibrary.model.document;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.commonslibrary.model.vocabulary.Concept;
import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.model.vocabulary.ConceptType;

/** Concept ids of one type, each with its broader concepts, as the facet fields of the indexes hold them. */
public final class ConceptIds {

    private ConceptIds() {
    }

    static List<String> withAncestors(Collection<DocumentConcept> tags, ConceptType type) {
        return withAncestorsOf(tags.stream().map(DocumentConcept::getConceptId).toList(), type);
    }

    public static List<String> withAncestorsOf(Collection<String> conceptIds, ConceptType type) {
        ConceptScheme scheme = ConceptScheme.standard();
        TreeSet<String> ids = new TreeSet<>();
        for (String conceptId : conceptIds) {
            scheme.find(conceptId).filter(c -> c.type() == type).ifPresent(concept -> {
                scheme.path(concept.id()).stream().map(Concept::id).forEach(ids::add);
            });
        }
        return List.copyOf(ids);
    }
}
