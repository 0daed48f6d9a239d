package org.commonslibrary.bench.corpus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.commonslibrary.ingest.places.City;
import org.commonslibrary.model.vocabulary.Concept;

/**
 * Draws what each document is about. Each document has its own random stream derived from the corpus seed
 * and its number, so document 517 is the same whether 600 or 1,000 documents are generated.
 */
final class ProfileDrawer {

    static final Map<String, Integer> LANGUAGE_WEIGHTS = ordered("en", 50, "fr", 25, "es", 25);
    static final Map<String, Integer> KIND_WEIGHTS = ordered("report", 30, "case-study", 25, "policy-paper", 12,
            "concept-note", 10, "legal-instrument", 9, "event-call", 8, "presentation", 6);
    static final int LATEST_YEAR = 2025;
    static final int YEARS_BACK = 18;

    private final long seed;
    private final int averageParagraphs;
    private final SkewedPick<City> cities;
    private final SkewedPick<Concept> practices;
    private final SkewedPick<Concept> sectors;
    private final SkewedPick<Concept> aims;
    private final SkewedPick<Concept> agendas;

    ProfileDrawer(WordMaterial material, long seed, int averageParagraphs) {
        if (averageParagraphs < 2) {
            throw new IllegalArgumentException("at least 2 paragraphs per document on average");
        }
        this.seed = seed;
        this.averageParagraphs = averageParagraphs;
        this.cities = new SkewedPick<>(material.cities, 0.7);
        this.practices = new SkewedPick<>(material.practices, 0.9);
        this.sectors = new SkewedPick<>(material.sectors, 0.8);
        this.aims = new SkewedPick<>(material.aims, 0.5);
        this.agendas = new SkewedPick<>(material.agendas, 0.8);
    }

    /** The random stream of one document: the same for the same seed and number. */
    Random randomFor(int number) {
        return new Random(seed * 1_000_003L + number);
    }

    DocumentProfile draw(int number, Random random) {
        String language = weighted(LANGUAGE_WEIGHTS, random);
        String kind = weighted(KIND_WEIGHTS, random);
        // Recent years are most common, as in any library that grows: a half-normal spread back in time.
        int year = LATEST_YEAR - Math.min(YEARS_BACK, (int) Math.abs(random.nextGaussian() * 5));
        LocalDate published = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        City city = cities.next(random);
        City other = cities.next(random);
        for (int i = 0; i < 5 && other.id().equals(city.id()); i++) {
            other = cities.next(random);
        }
        Concept agenda = random.nextBoolean() ? agendas.next(random) : null;
        int paragraphs = averageParagraphs / 2 + random.nextInt(averageParagraphs + 1);
        return new DocumentProfile(number, language, kind, published, city, other, practices.next(random),
                sectors.next(random), aims.next(random), agenda, paragraphs);
    }

    SkewedPick<Concept> practices() {
        return practices;
    }

    SkewedPick<Concept> sectors() {
        return sectors;
    }

    SkewedPick<Concept> aims() {
        return aims;
    }

    SkewedPick<Concept> agendas() {
        return agendas;
    }

    private static String weighted(Map<String, Integer> weights, Random random) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int target = random.nextInt(total);
        for (var entry : weights.entrySet()) {
            target -= entry.getValue();
            if (target < 0) {
                return entry.getKey();
            }
        }
        throw new AssertionError("weights do not add up");
    }

    private static Map<String, Integer> ordered(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
