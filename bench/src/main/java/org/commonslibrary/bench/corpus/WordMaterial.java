package org.commonslibrary.bench.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.commonslibrary.ingest.places.City;
import org.commonslibrary.ingest.places.Gazetteer;
import org.commonslibrary.model.vocabulary.Concept;
import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.model.vocabulary.ConceptType;

/**
 * The project's own material the corpus is made of: the vocabulary's concepts, the gazetteer's cities and
 * the phrases file. Lists are put in a fixed pseudo-random order once, so that which concepts and places
 * come out common does not follow the alphabet or the population table.
 */
final class WordMaterial {

    /** The cities the corpus draws from: the largest ones, a few hundred spread over every region. */
    static final int CITIES = 400;
    private static final long ORDER_SEED = 20_261_127L;

    final Phrases phrases;
    final Gazetteer gazetteer;
    final List<Concept> practices;
    final List<Concept> sectors;
    final List<Concept> aims;
    final List<Concept> agendas;
    final List<City> cities;

    private WordMaterial(Phrases phrases, Gazetteer gazetteer, ConceptScheme scheme) {
        this.phrases = phrases;
        this.gazetteer = gazetteer;
        this.practices = shuffled(scheme.ofType(ConceptType.PRACTICE), 1);
        this.sectors = shuffled(scheme.ofType(ConceptType.SECTOR), 2);
        this.aims = shuffled(scheme.ofType(ConceptType.AIM), 3);
        this.agendas = shuffled(scheme.ofType(ConceptType.AGENDA), 4);
        List<City> largest = gazetteer.cities().stream()
                .sorted(Comparator.comparingLong(City::population).reversed().thenComparing(City::id))
                .limit(CITIES).toList();
        this.cities = shuffled(largest, 5);
    }

    static WordMaterial standard() {
        return new WordMaterial(Phrases.standard(), Gazetteer.shared(), ConceptScheme.standard());
    }

    String countryName(City city, String language) {
        return gazetteer.countryName(city.countryCode(), language).orElse(city.countryCode());
    }

    private static <T> List<T> shuffled(List<T> items, int salt) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(ORDER_SEED + salt));
        return List.copyOf(copy);
    }
}
