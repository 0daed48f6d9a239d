package org.commonslibrary.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.commonslibrary.search.application.LibrarySearch;

/** Makes the search module's stateless services injectable. */
@ApplicationScoped
public class SearchServices {

    private final LibrarySearch librarySearch = new LibrarySearch();

    @Produces
    public LibrarySearch librarySearch() {
        return librarySearch;
    }
}
