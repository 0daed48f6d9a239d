package org.commonslibrary.ingest.places;

import java.util.Map;

/**
 * A city of the gazetteer.
 *
 * @param id          GeoNames id
 * @param name        canonical English name
 * @param asciiName   the GeoNames name without diacritics
 * @param countryCode ISO 3166-1 alpha-2 code of its country
 * @param population  inhabitants according to GeoNames; 0 when GeoNames has no figure
 * @param names       the city's name in a language ({@code "en"}, {@code "fr"}, {@code "es"}) where it
 *                    differs from {@code name}
 */
public record City(String id, String name, String asciiName, String countryCode, long population,
                   Map<String, String> names) {

    public City {
        names = Map.copyOf(names);
    }

    /** The name in {@code language}: its exonym where one is known ("Londres"), else the canonical name. */
    public String name(String language) {
        return names.getOrDefault(Languages.primary(language), name);
    }
}
