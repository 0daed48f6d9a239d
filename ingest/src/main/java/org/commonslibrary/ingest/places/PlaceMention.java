package org.commonslibrary.ingest.places;

import java.util.Objects;

/**
 * A place named in a text.
 *
 * @param type        country or city
 * @param countryCode ISO 3166-1 alpha-2 code of the country, or of the city's country
 * @param cityId      GeoNames id of the city; {@code null} for a country
 * @param name        canonical English name ("Naples" for "Napoli", "United States" for "EE. UU.")
 * @param start       offset of the first character of the mention in the text
 * @param end         offset after its last character
 * @param matchedText the text as written, {@code text.substring(start, end)}
 */
public record PlaceMention(PlaceType type, String countryCode, String cityId, String name, int start, int end,
                           String matchedText) {

    public PlaceMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(name, "name");
        if ((type == PlaceType.CITY) != (cityId != null)) {
            throw new IllegalArgumentException("a city mention has a city id and a country mention has none");
        }
    }

    /**
     * The mention as the evaluation labels write it: {@code country:FR} or {@code city:FR:Paris}.
     */
    public String label() {
        return type == PlaceType.COUNTRY ? "country:" + countryCode : "city:" + countryCode + ":" + name;
    }
}
