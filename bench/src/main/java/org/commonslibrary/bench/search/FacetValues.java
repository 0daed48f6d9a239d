package org.commonslibrary.bench.search;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * The facet values a library holds, with their document counts, read from an unfiltered search: the values
 * the load client selects as filters, picked as often as documents carry them, as people would.
 */
public final class FacetValues {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, long[]> cumulativeCounts = new LinkedHashMap<>();

    /** @param searchResponse the JSON of {@code GET /api/search} */
    public static FacetValues fromSearchResponse(String searchResponse) {
        FacetValues result = new FacetValues();
        try (JsonReader reader = Json.createReader(new StringReader(searchResponse))) {
            JsonObject root = reader.readObject();
            for (JsonValue facetValue : root.getJsonArray("facets")) {
                JsonObject facet = facetValue.asJsonObject();
                List<String> names = new ArrayList<>();
                List<Long> counts = new ArrayList<>();
                for (JsonValue v : facet.getJsonArray("values")) {
                    JsonObject value = v.asJsonObject();
                    names.add(value.getString("value"));
                    counts.add(value.getJsonNumber("count").longValue());
                }
                result.add(facet.getString("name"), names, counts);
            }
        }
        return result;
    }

    void add(String facet, List<String> names, List<Long> counts) {
        if (names.size() < 2) {
            return; // a facet with one value filters nothing out
        }
        long[] cumulative = new long[counts.size()];
        long sum = 0;
        for (int i = 0; i < counts.size(); i++) {
            sum += Math.max(1, counts.get(i));
            cumulative[i] = sum;
        }
        values.put(facet, List.copyOf(names));
        cumulativeCounts.put(facet, cumulative);
    }

    /** Facets worth filtering by: those with two values or more. */
    public List<String> facets() {
        return List.copyOf(values.keySet());
    }

    public String pick(String facet, Random random) {
        long[] cumulative = cumulativeCounts.get(facet);
        long target = (long) (random.nextDouble() * cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (target < cumulative[i]) {
                return values.get(facet).get(i);
            }
        }
        return values.get(facet).get(cumulative.length - 1);
    }
}
