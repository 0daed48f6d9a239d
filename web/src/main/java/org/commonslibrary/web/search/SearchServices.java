package org.commonslibrary.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.commonslibrary.ingest.places.Gazetteer;
import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.search.application.LibrarySearch;
import org.commonslibrary.search.application.SimilarCases;
import org.commonslibrary.search.application.SimilarDocuments;
import org.commonslibrary.search.application.Suggestions;

/** Makes the search module's stateless services injectable. */
@ApplicationScoped
public class SearchServices {

    private final LibrarySearch librarySearch = new LibrarySearch();
    // City names in the reader's language come from the ingest's gazetteer, which the search module cannot see.
    private final Suggestions suggestions = new Suggestions(ConceptScheme.standard(),
            (cityId, language) -> Gazetteer.shared().cityName(cityId, language));
    private final SimilarDocuments similarDocuments = new SimilarDocuments();
    private final SimilarCases similarCases = new SimilarCases();

    @Produces
    public LibrarySearch librarySearch() {
        return librarySearch;
    }

    @Produces
    public Suggestions suggestions() {
        return suggestions;
    }

    @Produces
    public SimilarDocuments similarDocuments() {
        return similarDocuments;
    }

    @Produces
    public SimilarCases similarCases() {
        return similarCases;
    }
}
