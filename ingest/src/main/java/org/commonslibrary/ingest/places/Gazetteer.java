package org.commonslibrary.ingest.places;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The countries and cities the library knows, with their names in English, French and Spanish. Built
 * once from bundled data and immutable afterwards, so one instance serves every thread.
 */
public final class Gazetteer {

    private static final class Shared {
        static final Gazetteer INSTANCE = new Gazetteer();
    }

    private final Map<String, Country> countries;
    private final Map<String, City> cities;
    private final List<PlaceName> names;

    /** Reads the bundled data; prefer {@link #shared()}, since building takes a noticeable moment. */
    public Gazetteer() {
        CountryCatalog countryCatalog = new CountryCatalog();
        CityCatalog cityCatalog = new CityCatalog(countryCatalog.countries.keySet());
        countries = Collections.unmodifiableMap(countryCatalog.countries);
        cities = Collections.unmodifiableMap(cityCatalog.cities);
        List<PlaceName> all = new ArrayList<>(countryCatalog.names);
        all.addAll(cityCatalog.names);
        names = List.copyOf(all);
    }

    public static Gazetteer shared() {
        return Shared.INSTANCE;
    }

    /** Every ISO 3166-1 country and territory, and Kosovo, by code. */
    public List<Country> countries() {
        return List.copyOf(countries.values());
    }

    /** @param code alpha-2 code, in either case */
    public Optional<Country> country(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(countries.get(code.toUpperCase(Locale.ROOT)));
    }

    /** The country's name in {@code language} ("en", "fr", "es"; English for any other). */
    public Optional<String> countryName(String code, String language) {
        return country(code).map(country -> country.name(language));
    }

    /** @param id GeoNames id */
    public Optional<City> city(String id) {
        return Optional.ofNullable(cities.get(id));
    }

    /** Every city of the gazetteer, grouped by country, most populous first. */
    public List<City> cities() {
        return List.copyOf(cities.values());
    }

    /** The city's name in {@code language}: "Londres" for London in French and Spanish. */
    public Optional<String> cityName(String id, String language) {
        return city(id).map(city -> city.name(language));
    }

    /** Every way of writing every place, for the finder's index. */
    List<PlaceName> names() {
        return names;
    }
}
