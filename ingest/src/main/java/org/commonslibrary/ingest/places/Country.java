package org.commonslibrary.ingest.places;

import java.util.Map;

/**
 * A country or territory with an ISO 3166-1 alpha-2 code.
 *
 * @param code  upper-case alpha-2 code, such as {@code "FR"}
 * @param names display name per language ({@code "en"}, {@code "fr"}, {@code "es"}), as the JDK gives it
 */
public record Country(String code, Map<String, String> names) {

    public Country {
        names = Map.copyOf(names);
    }

    /** The name in English, the name reported in {@link PlaceMention#name()}. */
    public String englishName() {
        return names.get("en");
    }

    /** The name in {@code language}, or the English name for a language the library does not serve. */
    public String name(String language) {
        return names.getOrDefault(Languages.primary(language), englishName());
    }
}
