package org.commonslibrary.web.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.commonslibrary.model.document.DocumentConcept;
import org.commonslibrary.model.document.DocumentPlace;
import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.web.rest.CaseView.LabelledId;

/**
 * A document offered as like another one, with the concepts and countries the two share: the reader sees
 * why it is offered (a shared vocabulary is not always visible from the titles, as across languages).
 */
public record SimilarDocumentView(long id, String title, String kind, String language, LocalDate publicationDate,
        List<LabelledId> sharedConcepts, List<LabelledId> sharedCountries) {

    static SimilarDocumentView of(LibraryDocument similar, LibraryDocument original, Labels labels) {
        Set<String> concepts = original.getConcepts().stream().map(DocumentConcept::getConceptId)
                .collect(Collectors.toSet());
        Set<String> countries = original.getPlaces().stream().map(DocumentPlace::getCountryCode)
                .collect(Collectors.toSet());
        return new SimilarDocumentView(similar.getId(), similar.getTitle(), similar.getKind(), similar.getLanguage(),
                similar.getPublicationDate(),
                similar.getConcepts().stream().map(DocumentConcept::getConceptId).filter(concepts::contains)
                        .distinct().sorted().map(id -> new LabelledId(id, labels.concept(id))).toList(),
                similar.getPlaces().stream().map(DocumentPlace::getCountryCode).filter(countries::contains)
                        .distinct().sorted().map(code -> new LabelledId(code, labels.country(code))).toList());
    }
}
