package org.commonslibrary.model.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four branches of the vocabulary. The key is also the first segment of every concept id of that type
 * ({@code practice.remunicipalisation}), so an id alone tells what facet it belongs to.
 */
public enum ConceptType {
    PRACTICE("practice"),
    SECTOR("sector"),
    AIM("aim"),
    AGENDA("agenda");

    private final String key;

    ConceptType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ConceptType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
