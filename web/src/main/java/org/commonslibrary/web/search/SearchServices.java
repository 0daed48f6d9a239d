package org.commonslibrary.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.commonslibrary.search.application.DocumentSearch;

/** Makes the search module's stateless services injectable. */
@ApplicationScoped
public class SearchServices {

    private final DocumentSearch documentSearch = new DocumentSearch();

    @Produces
    public DocumentSearch documentSearch() {
        return documentSearch;
    }
}
