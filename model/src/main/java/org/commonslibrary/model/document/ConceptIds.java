package org.commonslibrary.model.document;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.commonslibrary.model.vocabulary.Concept;
import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.model.vocabulary.ConceptType;

/** The concept ids of one type among a document's tags, each with its broader concepts. */
final class ConceptIds {

    private ConceptIds() {
    }

    static List<String> withAncestors(Collection<DocumentConcept> tags, ConceptType type) {
        ConceptScheme scheme = ConceptScheme.standard();
        TreeSet<String> ids = new TreeSet<>();
        for (DocumentConcept tag : tags) {
            scheme.find(tag.getConceptId()).filter(c -> c.type() == type).ifPresent(concept -> {
                scheme.path(concept.id()).stream().map(Concept::id).forEach(ids::add);
            });
        }
        return List.copyOf(ids);
    }
}
