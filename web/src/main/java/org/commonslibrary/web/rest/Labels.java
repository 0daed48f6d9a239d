package org.commonslibrary.web.rest;

import java.util.Set;

import org.commonslibrary.ingest.places.CountryRegions;
import org.commonslibrary.ingest.places.Gazetteer;
import org.commonslibrary.model.vocabulary.ConceptScheme;

/** Names of concepts, countries and regions in the language a caller asked for. */
final class Labels {

    static final Set<String> LANGUAGES = Set.of("en", "fr", "es");

    private final String language;

    Labels(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new InvalidRequestException("lang must be one of en, fr, es.");
        }
        this.language = language;
    }

    String concept(String id) {
        return ConceptScheme.standard().find(id).map(c -> c.label(language)).orElse(id);
    }

    String country(String code) {
        return code == null ? null : Gazetteer.shared().countryName(code, language).orElse(code);
    }

    String region(String id) {
        return id == null ? null : CountryRegions.shared().label(id, language).orElse(id);
    }
}
