package org.commonslibrary.ingest.places;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.commonslibrary.ingest.text.ResourceLines;
import org.commonslibrary.model.places.WorldRegions;

/**
 * The UCLG world region of each country, read from {@code country-regions.txt}; the regions themselves and
 * their labels are the model's {@link WorldRegions}. Immutable, so one instance serves every thread.
 */
public final class CountryRegions {

    private static final class Shared {
        static final CountryRegions INSTANCE = new CountryRegions();
    }

    private final WorldRegions regions = WorldRegions.standard();
    private final Map<String, String> regionByCountry = new TreeMap<>();

    public CountryRegions() {
        for (String line : ResourceLines.read(CountryRegions.class, "country-regions.txt")) {
            List<String> cells = DataLine.cells(line);
            if (cells.size() != 2 || !regions.contains(cells.get(1))) {
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
        return regions.ids();
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
        return regions.label(regionId, language);
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
