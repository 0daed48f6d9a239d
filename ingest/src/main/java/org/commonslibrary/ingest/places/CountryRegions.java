package org.commonslibrary.ingest.places;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.commonslibrary.ingest.text.ResourceLines;

/**
 * UCLG's world regions (Africa, Asia-Pacific, Eurasia, Europe, Latin America, Middle East and West Asia,
 * North America) with their labels in English, French and Spanish, and the region of each country, read
 * from {@code regions.txt} and {@code country-regions.txt}. Immutable, so one instance serves every thread.
 */
public final class CountryRegions {

    private static final class Shared {
        static final CountryRegions INSTANCE = new CountryRegions();
    }

    private final Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    private final Map<String, String> regionByCountry = new TreeMap<>();

    public CountryRegions() {
        for (String line : ResourceLines.read(CountryRegions.class, "regions.txt")) {
            List<String> cells = DataLine.cells(line);
            if (cells.size() != 1 + Languages.SERVED.size()) {
                throw new IllegalStateException("regions.txt needs an id and a label per language: " + line);
            }
            Map<String, String> byLanguage = new LinkedHashMap<>();
            for (int i = 0; i < Languages.SERVED.size(); i++) {
                byLanguage.put(Languages.SERVED.get(i), cells.get(i + 1));
            }
            labels.put(cells.get(0), Collections.unmodifiableMap(byLanguage));
        }
        for (String line : ResourceLines.read(CountryRegions.class, "country-regions.txt")) {
            List<String> cells = DataLine.cells(line);
            if (cells.size() != 2 || !labels.containsKey(cells.get(1))) {
                throw new IllegalStateException("country-regions.txt needs a code and a known region id: " + line);
            }
            if (regionByCountry.put(cells.get(0), cells.get(1)) != null) {
                throw new IllegalStateException("country-regions.txt gives " + cells.get(0) + " twice");
            }
        }
    }

    public static CountryRegions shared() {
        return Shared.INSTANCE;
    }

    /** Region ids, such as {@code region.latin-america}, in a stable order. */
    public List<String> regionIds() {
        return List.copyOf(labels.keySet());
    }

    /**
     * @param countryCode alpha-2 code, in either case
     * @return its region id; empty for Antarctica and uninhabited territories, and for unknown codes
     */
    public Optional<String> regionOf(String countryCode) {
        return countryCode == null ? Optional.empty()
                : Optional.ofNullable(regionByCountry.get(countryCode.toUpperCase(Locale.ROOT)));
    }

    /**
     * @param language "en", "fr" or "es"; English for any other
     * @return the region's label, such as "Amérique latine"; empty for an unknown id
     */
    public Optional<String> label(String regionId, String language) {
        Map<String, String> byLanguage = labels.get(regionId);
        if (byLanguage == null) {
            return Optional.empty();
        }
        return Optional.of(byLanguage.getOrDefault(Languages.primary(language), byLanguage.get("en")));
    }

    /** The codes of the countries in a region, sorted. */
    public Set<String> countriesIn(String regionId) {
        Set<String> codes = new TreeSet<>();
        regionByCountry.forEach((code, region) -> {
            if (region.equals(regionId)) {
                codes.add(code);
            }
        });
        return Collections.unmodifiableSet(codes);
    }
}
