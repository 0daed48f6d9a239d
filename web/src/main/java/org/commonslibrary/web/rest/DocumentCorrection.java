package org.commonslibrary.web.rest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.commonslibrary.model.document.DocumentConcept;
import org.commonslibrary.model.document.DocumentKind;
import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.model.vocabulary.ConceptScheme;

/** What an admin may correct on a document; null fields are left as they are. */
public record DocumentCorrection(String title, String kind, String language, List<String> concepts,
        Boolean published) {

    private static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "und");

    void applyTo(LibraryDocument document) {
        if (title != null) {
            String clean = title.strip();
            if (clean.isEmpty() || clean.length() > 1000) {
                throw new InvalidRequestException("A title has 1 to 1000 characters.");
            }
            document.setTitle(clean);
        }
        if (kind != null) {
            document.setKind(DocumentKind.fromId(kind).orElseThrow(() -> new InvalidRequestException(
                    "Unknown kind '" + kind + "'; kinds are concept-note, policy-paper, case-study, report, "
                            + "legal-instrument, event-call, presentation.")).id());
        }
        if (language != null) {
            if (!LANGUAGES.contains(language)) {
                throw new InvalidRequestException("language must be en, fr, es or und.");
            }
            document.setLanguage(language);
        }
        if (concepts != null) {
            Set<String> ids = new LinkedHashSet<>(concepts);
            for (String id : ids) {
                if (ConceptScheme.standard().find(id).isEmpty()) {
                    throw new InvalidRequestException("Unknown concept '" + id + "'.");
                }
            }
            // Curated tags replace the tagger's: the admin's list is the document's list.
            document.replaceConcepts(ids.stream().map(id -> new DocumentConcept(id, mentions(document, id), true))
                    .toList());
        }
        if (published != null) {
            document.setPublished(published);
        }
    }

    private static int mentions(LibraryDocument document, String conceptId) {
        return document.getConcepts().stream().filter(c -> c.getConceptId().equals(conceptId))
                .mapToInt(DocumentConcept::getMentions).findFirst().orElse(0);
    }
}
