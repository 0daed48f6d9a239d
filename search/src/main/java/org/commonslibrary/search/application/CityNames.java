package org.commonslibrary.search.application;

import java.util.Optional;

/**
 * A city's name in a language ("Londres" for London in French), where the gazetteer knows one. The
 * gazetteer belongs to the ingest; the web module passes it in, so the search module depends on the model only.
 */
@FunctionalInterface
public interface CityNames {

    /** @param cityId the gazetteer's id of the city; @param language en, fr or es */
    Optional<String> name(String cityId, String language);

    /** For callers without a gazetteer: cities keep the name the documents were tagged with. */
    static CityNames none() {
        return (cityId, language) -> Optional.empty();
    }
}
