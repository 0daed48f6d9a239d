package org.commonslibrary.bench.corpus;

import java.util.Map;
import java.util.TreeMap;

/** What a generation run wrote: sizes, and how the intended facet values spread over the documents. */
public final class CorpusSummary {

    private int documents;
    private long estimatedPassages;
    private long bytes;
    private final Map<String, Map<String, Integer>> spreads = new TreeMap<>();

    void add(GeneratedDocument document, int passages, long size) {
        documents++;
        estimatedPassages += passages;
        bytes += size;
        DocumentProfile p = document.profile();
        count("language", p.language());
        count("kind", p.kind());
        count("year", Integer.toString(p.published().getYear()));
        count("country", p.city().countryCode());
        count("practice", p.practice().id());
        count("sector", p.sector().id());
        count("aim", p.aim().id());
        count("agenda", p.agenda() == null ? "(none)" : p.agenda().id());
    }

    private void count(String facet, String value) {
        spreads.computeIfAbsent(facet, k -> new TreeMap<>()).merge(value, 1, Integer::sum);
    }

    public int documents() {
        return documents;
    }

    public long estimatedPassages() {
        return estimatedPassages;
    }

    public long bytes() {
        return bytes;
    }

    /** Documents per intended value, per facet. */
    public Map<String, Map<String, Integer>> spreads() {
        return spreads;
    }

    /** The share of documents that carry the facet's most common value. */
    public double largestShare(String facet) {
        Map<String, Integer> spread = spreads.getOrDefault(facet, Map.of());
        int max = spread.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return documents == 0 ? 0 : (double) max / documents;
    }

    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%d documents, about %d passages (passage splitter on the generated text), %.1f MB%n",
                documents, estimatedPassages, bytes / 1e6));
        spreads.forEach((facet, spread) -> text.append(String.format("  %-9s %3d values, largest share %.0f %%%n",
                facet, spread.size(), 100 * largestShare(facet))));
        return text.toString();
    }
}
