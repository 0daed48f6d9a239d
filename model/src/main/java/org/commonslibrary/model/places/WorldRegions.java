package org.commonslibrary.model.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * UCLG's world regions with their labels in English, French and Spanish, read once from
 * {@code regions.txt}: the one place the ingest (which files countries into regions) and the search
 * (which labels the region facet) both take them from.
 */
public final class WorldRegions {

    static final List<String> LANGUAGES = List.of("en", "fr", "es");

    private static final class Standard {
        static final WorldRegions INSTANCE = load();
    }

    private final Map<String, Map<String, String>> labels;

    private WorldRegions(Map<String, Map<String, String>> labels) {
        this.labels = labels;
    }

    public static WorldRegions standard() {
        return Standard.INSTANCE;
    }

    /** Region ids, such as {@code region.latin-america}, in file order. */
    public List<String> ids() {
        return List.copyOf(labels.keySet());
    }

    public boolean contains(String regionId) {
        return labels.containsKey(regionId);
    }

    /** The region's label in en, fr or es (English for any other language); empty for an unknown id. */
    public Optional<String> label(String regionId, String language) {
        Map<String, String> byLanguage = labels.get(regionId);
        if (byLanguage == null) {
            return Optional.empty();
        }
        String primary = language == null ? "en" : language.split("[-_]")[0];
        return Optional.of(byLanguage.getOrDefault(primary, byLanguage.get("en")));
    }

    private static WorldRegions load() {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        try (InputStream in = WorldRegions.class.getResourceAsStream("regions.txt")) {
            if (in == null) {
                throw new IllegalStateException("regions.txt is missing next to " + WorldRegions.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.stream(trimmed.split("\\|")).map(String::strip).toList();
                if (cells.size() != 1 + LANGUAGES.size()) {
                    throw new IllegalStateException("regions.txt needs an id and a label per language: " + line);
                }
                Map<String, String> byLanguage = new LinkedHashMap<>();
                for (int i = 0; i < LANGUAGES.size(); i++) {
                    byLanguage.put(LANGUAGES.get(i), cells.get(i + 1));
                }
                labels.put(cells.get(0), Map.copyOf(byLanguage));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("regions.txt cannot be read", e);
        }
        // Kept in file order, which is the order a facet lists regions in.
        return new WorldRegions(java.util.Collections.unmodifiableMap(labels));
    }
}
