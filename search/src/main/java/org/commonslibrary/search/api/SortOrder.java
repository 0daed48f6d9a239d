package org.commonslibrary.search.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How results are ordered; every order ends with a unique key, so equal results keep a stable order. */
public enum SortOrder {
    RELEVANCE("relevance"),
    NEWEST("newest"),
    OLDEST("oldest"),
    /** Most recently added to the library first: what a feed of new matches needs. */
    ADDED("added");

    private final String apiName;

    SortOrder(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The API names, for messages that list them. */
    public static String apiNames() {
        return String.join(", ", Arrays.stream(values()).map(SortOrder::apiName).toList());
    }

    public static Optional<SortOrder> fromApiName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.apiName.equals(wanted)).findFirst();
    }
}
