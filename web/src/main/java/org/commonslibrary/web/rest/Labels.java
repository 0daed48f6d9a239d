package org.commonslibrary.web.rest;

import org.commonslibrary.search.api.Facet;
import org.commonslibrary.search.application.FacetLabels;

import java.util.Set;

import org.commonslibrary.ingest.places.CountryRegions;
import org.commonslibrary.ingest.places.Gazetteer;
import org.commonslibrary.model.vocabulary.ConceptScheme;

/** Names of concepts, countries and regions in the language a caller asked for. */
final class Labels {

    static final Set<String> LANGUAGES = Set.of("en", "fr", "es");

    private final String language;
    private final FacetLabels facetLabels;

    Labels(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new InvalidRequestException("lang must be one of en, fr, es.");
        }
        this.language = language;
        this.facetLabels = new FacetLabels(language);
    }

    String kind(String kind) {
        return facetLabels.label(Facet.KIND, kind);
    }

    String language(String code) {
        return facetLabels.label(Facet.LANGUAGE, code);
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
